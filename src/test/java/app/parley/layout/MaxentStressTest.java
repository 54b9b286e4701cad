package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.parley.io.synthetic.KnownShape;
import app.parley.io.synthetic.KnownShapes;
import app.parley.layout.quality.CommunityShare;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MaxentStressTest {

    private static final double K = 100;

    /** Four communities of 40 (a quarter of each pair linked inside, one in 200 between), linked into one piece. */
    private static final KnownShape BLOCKS = KnownShapes.blockModel(4, 40, 0.25, 0.005, 1);

    private static WeightedGraph graph() {
        return WeightedGraph.of(LayoutGraph.uniform(BLOCKS.vertices(), BLOCKS.from(), BLOCKS.to(), 80, 20));
    }

    /** Positions scattered over a square from {@code seed}, then {@code steps} maxent-stress steps on the threads. */
    private static double[][] layOut(int threads, int steps) {
        WeightedGraph graph = graph();
        double[] x = new double[graph.size];
        double[] y = new double[graph.size];
        SplittableRandom random = new SplittableRandom(5);
        for (int v = 0; v < graph.size; v++) {
            x[v] = K * Math.sqrt(graph.size) * random.nextDouble();
            y[v] = K * Math.sqrt(graph.size) * random.nextDouble();
        }
        try (ParallelLoop loop = new ParallelLoop(threads)) {
            new MaxentStress(graph, K, loop).run(x, y, steps, 1.0, new Progress(LayoutMonitor.NONE, 1));
        }
        return new double[][] {x, y};
    }

    @Test
    void communitiesComeOutApartFromARandomStart() {
        double[][] before = layOut(1, 0);
        double[][] after = layOut(1, 200);

        assertThat(CommunityShare.of(before[0], before[1], BLOCKS.groups(), 5)).isLessThan(0.4);
        assertThat(CommunityShare.of(after[0], after[1], BLOCKS.groups(), 5)).isGreaterThan(0.9);
    }

    @Test
    void theDrawingKeepsItsSize() {
        double[][] before = layOut(1, 0);
        double[][] after = layOut(1, 50);

        double size = radius(before[0], before[1]);

        assertThat(radius(after[0], after[1])).isCloseTo(size, within(1e-6 * size));
        assertThat(after[0]).isNotEqualTo(before[0]);
    }

    @Test
    void anyNumberOfThreadsGivesTheSamePositions() {
        double[][] single = layOut(1, 40);
        double[][] parallel = layOut(2, 40);

        assertThat(Arrays.equals(single[0], parallel[0]) && Arrays.equals(single[1], parallel[1])).isTrue();
    }

    private static double radius(double[] x, double[] y) {
        double cx = Arrays.stream(x).average().orElse(0);
        double cy = Arrays.stream(y).average().orElse(0);
        double squares = 0;
        for (int i = 0; i < x.length; i++) {
            squares += (x[i] - cx) * (x[i] - cx) + (y[i] - cy) * (y[i] - cy);
        }
        return Math.sqrt(squares / x.length);
    }
}
