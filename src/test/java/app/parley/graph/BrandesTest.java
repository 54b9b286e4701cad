package app.parley.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class BrandesTest {

    @Test
    void agreesWithJGraphTOnRandomGraphsWithSeveralComponents() {
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            int size = 10 + random.nextInt(60);
            Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
            for (int v = 0; v < size; v++) {
                graph.addVertex(v);
            }
            int edges = random.nextInt(3 * size);
            for (int e = 0; e < edges; e++) {
                int a = random.nextInt(size);
                int b = random.nextInt(size);
                if (a != b) {
                    graph.addEdge(a, b);
                }
            }
            assertSameAsJGraphT(graph, size);
        }
    }

    @Test
    void agreesWithJGraphTOnIstanbul() {
        Ties ties = Ties.of(Istanbul.GRAPH);

        assertSameAsJGraphT(ties.graph(), Istanbul.GRAPH.size());
    }

    @Test
    void verticesMissingFromTheGraphScoreZero() {
        Graph<Integer, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        graph.addVertex(0);
        graph.addVertex(2);
        graph.addVertex(3);
        graph.addEdge(0, 2);
        graph.addEdge(2, 3);

        assertThat(Brandes.scores(graph, 4)).containsExactly(0.0, 0.0, 1.0, 0.0);
    }

    private static <E> void assertSameAsJGraphT(Graph<Integer, E> graph, int size) {
        Map<Integer, Double> expected = new BetweennessCentrality<>(graph, false).getScores();
        double[] actual = Brandes.scores(graph, size);
        for (int v = 0; v < size; v++) {
            assertThat(actual[v]).as("vertex %d", v).isCloseTo(expected.get(v), within(1e-9));
        }
    }
}
