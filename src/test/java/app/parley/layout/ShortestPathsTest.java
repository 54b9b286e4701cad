package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.synthetic.KnownShape;
import app.parley.io.synthetic.KnownShapes;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShortestPathsTest {

    @Test
    void distancesMatchThoseFoundByRelaxingEveryEdgeUntilNothingChanges() {
        KnownShape shape = KnownShapes.randomGeometric(400, Math.sqrt(5.9 / (Math.PI * 400)), 5);
        WeightedGraph graph = WeightedGraph.of(LayoutGraph.uniform(shape.vertices(), shape.from(), shape.to(), 1, 1));
        double[] lengths = EdgeLengths.of(graph);
        ShortestPaths paths = new ShortestPaths(graph, lengths);
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 5; trial++) {
            int source = random.nextInt(graph.size);

            assertThat(paths.from(source)).containsExactly(relaxed(graph, lengths, source));
        }
    }

    @Test
    void aVertexOutOfReachIsInfinitelyFar() {
        WeightedGraph graph = WeightedGraph.of(LayoutGraph.uniform(3, new int[] {0}, new int[] {1}, 1, 1));

        assertThat(new ShortestPaths(graph, new double[] {2, 2}).from(0))
                .containsExactly(0, 2, Double.POSITIVE_INFINITY);
    }

    /** Bellman-Ford: every edge relaxed until no distance falls. */
    private static double[] relaxed(WeightedGraph graph, double[] lengths, int source) {
        double[] distance = new double[graph.size];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        distance[source] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int v = 0; v < graph.size; v++) {
                for (int e = graph.rowStart[v]; e < graph.rowStart[v + 1]; e++) {
                    int u = graph.neighbours[e];
                    if (distance[v] + lengths[e] < distance[u]) {
                        distance[u] = distance[v] + lengths[e];
                        changed = true;
                    }
                }
            }
        }
        return distance;
    }
}
