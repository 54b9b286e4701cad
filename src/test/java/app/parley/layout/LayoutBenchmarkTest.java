package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutBenchmarkTest {

    @Test
    void benchmarkGraphHasThreeEdgesPerVertexAndDependsOnlyOnTheSeed() {
        LayoutGraph graph = LayoutBenchmark.randomGraph(1_000, 5);
        LayoutGraph again = LayoutBenchmark.randomGraph(1_000, 5);

        assertThat(graph.vertexCount()).isEqualTo(1_000);
        assertThat(graph.edgeCount()).isEqualTo(3 * 999);
        for (int e = 0; e < graph.edgeCount(); e++) {
            assertThat(graph.target(e)).isLessThan(graph.source(e)).isEqualTo(again.target(e));
        }
        for (int v = 0; v < graph.vertexCount(); v++) {
            assertThat(graph.width(v)).isBetween(80.0, 220.0);
            assertThat(graph.height(v)).isBetween(40.0, 60.0);
        }
    }

    @Test
    void benchmarkCountsOverlappingBoxes() {
        LayoutGraph graph = LayoutGraph.uniform(3, new int[0], new int[0], 100, 40);
        LayoutModel model = new LayoutModel(3);
        model.set(1, 50, 10);
        model.set(2, 500, 0);

        assertThat(LayoutBenchmark.overlaps(graph, model)).isEqualTo(1);
    }
}
