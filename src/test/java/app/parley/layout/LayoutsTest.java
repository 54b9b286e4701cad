package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.graph.ActorGraph;
import org.junit.jupiter.api.Test;

class LayoutsTest {

    private final ActorGraph istanbul = Datasets.istanbul();

    @Test
    void layoutsAreFoundByTheirCommandLineIds() {
        assertThat(Layouts.byId("table")).isEqualTo(Layouts.TABLE);
        assertThat(Layouts.byId("force")).isEqualTo(Layouts.FORCE);
        assertThat(Layouts.byId("circle")).isEqualTo(Layouts.CIRCLE);
    }

    @Test
    void anUnknownLayoutIdNamesTheKnownOnes() {
        assertThatThrownBy(() -> Layouts.byId("spiral")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown layout 'spiral'; expected one of table, force, circle");
    }

    @Test
    void layoutsCreateTheirKindOfLayout() {
        assertThat(Layouts.TABLE.create(istanbul, 1)).isInstanceOf(TableLayout.class);
        assertThat(Layouts.FORCE.create(istanbul, 1)).isInstanceOf(ForceLayout.class);
        assertThat(Layouts.CIRCLE.create(istanbul, 1)).isInstanceOf(CircleLayout.class);
    }

    @Test
    void everyLayoutPlacesTheIstanbulGraphWithoutOverlaps() {
        LayoutGraph graph = Datasets.uniformBoxes(istanbul);
        for (Layouts kind : Layouts.values()) {
            LayoutModel model = new LayoutModel(graph.vertexCount());

            kind.create(istanbul, 42).apply(graph, model, LayoutMonitor.NONE);

            assertThat(Boxes.overlaps(graph, model)).as(kind.id()).isEmpty();
        }
    }
}
