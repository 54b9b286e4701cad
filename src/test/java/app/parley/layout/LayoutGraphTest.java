package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.graph.ActorGraph;
import org.junit.jupiter.api.Test;

class LayoutGraphTest {

    @Test
    void layoutGraphRefusesANegativeVertexCount() {
        assertThatThrownBy(() -> new LayoutGraph(-1, new int[0], new int[0], new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Vertex count must not be negative");
    }

    @Test
    void layoutGraphRefusesAnEdgeWithoutATarget() {
        assertThatThrownBy(() -> new LayoutGraph(2, new int[] {0, 1}, new int[] {1}, new double[2], new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Every edge needs a source and a target");
    }

    @Test
    void layoutGraphRefusesMissingBoxSizes() {
        assertThatThrownBy(() -> new LayoutGraph(3, new int[0], new int[0], new double[3], new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Every vertex needs a width and a height");
    }

    @Test
    void layoutGraphRefusesAnEdgeToAnUnknownVertex() {
        assertThatThrownBy(() -> LayoutGraph.uniform(2, new int[] {0}, new int[] {2}, 10, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Edge 0 refers to a vertex outside 0..1");
    }

    @Test
    void layoutGraphKeepsItsOwnCopyOfTheArrays() {
        int[] sources = {0};
        double[] widths = {5, 6};
        LayoutGraph graph = new LayoutGraph(2, sources, new int[] {1}, widths, new double[] {7, 8});
        sources[0] = 1;
        widths[0] = 99;

        assertThat(graph.source(0)).isZero();
        assertThat(graph.width(0)).isEqualTo(5);
        assertThat(graph.height(1)).isEqualTo(8);
    }

    @Test
    void layoutGraphOfAnActorGraphHasAnEdgePerLinkBetweenTheRightVertices() {
        ActorGraph actors = Datasets.istanbul();
        LayoutGraph graph = Datasets.uniformBoxes(actors);

        assertThat(graph.vertexCount()).isEqualTo(actors.size());
        assertThat(graph.edgeCount()).isEqualTo(actors.links().size());
        int fidan = actors.indexOf("fidan");
        int russians = actors.indexOf("russian-delegation");
        boolean found = false;
        for (int e = 0; e < graph.edgeCount(); e++) {
            found |= graph.source(e) == fidan && graph.target(e) == russians;
        }
        assertThat(found).as("Fidan mediates with the Russian delegation").isTrue();
    }
}
