package app.parley.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GraphDrawingTest {

    private final Scene scene = SceneBuilderTest.sceneOf(SceneBuilderTest.triangle(), 0, 0, 400, 0, 400, 300);

    private RecordingSurface paint(ViewState state, double scale) {
        RecordingSurface surface = new RecordingSurface();
        new GraphDrawing(scene, Theme.LIGHT, state).paint(surface, scene.bounds().inflate(10), scale);
        return surface;
    }

    @Test
    void everyNameAndLabelIsDrawnAtFullOpacityByDefault() {
        RecordingSurface surface = paint(ViewState.NONE, 1);

        for (String text : new String[] {"Alpha", "Beta", "Gamma", "met with", "criticised", "leads"}) {
            assertThat(surface.opacityOfText(text)).as(text).isEqualTo(1.0);
        }
    }

    @Test
    void hoveringFadesEverythingButTheActorAndItsNeighbours() {
        RecordingSurface surface = paint(ViewState.NONE.withHoveredActor("c"), 1);

        assertThat(surface.opacityOfText("Gamma")).isEqualTo(1.0);
        assertThat(surface.opacityOfText("Beta")).isEqualTo(1.0);
        assertThat(surface.opacityOfText("leads")).isEqualTo(1.0);
        assertThat(surface.opacityOfText("Alpha")).isEqualTo(GraphDrawing.FADED);
        assertThat(surface.opacityOfText("met with")).isEqualTo(GraphDrawing.FADED);
    }

    @Test
    void hiddenActorsAndTheirLinksAreNotDrawn() {
        RecordingSurface surface = paint(ViewState.NONE.withHidden(Set.of("a"), Set.of()), 1);

        assertThat(surface.drewText("Alpha")).isFalse();
        assertThat(surface.drewText("met with")).isFalse();
        assertThat(surface.drewText("leads")).isTrue();
    }

    @Test
    void selectedActorGetsARingInTheSelectionColour() {
        RecordingSurface surface = paint(ViewState.NONE.withSelectedActor("b"), 1);

        assertThat(surface.calls()).last().satisfies(call -> {
            assertThat(call.op()).isEqualTo("strokeRoundRect");
            assertThat(call.colour()).isEqualTo(Theme.LIGHT.selection());
        });
    }

    @Test
    void textTooSmallToReadIsLeftOutWhenZoomedFarOut() {
        RecordingSurface surface = paint(ViewState.NONE, 0.2);

        assertThat(surface.calls()).noneMatch(call -> call.op().equals("fillText"));
        assertThat(surface.calls()).anyMatch(call -> call.op().equals("fillRoundRect"));
    }

    @Test
    void cardsOutsideTheVisibleWindowAreSkipped() {
        RecordingSurface surface = new RecordingSurface();

        new GraphDrawing(scene, Theme.LIGHT, ViewState.NONE).paint(surface, new Bounds(350, 250, 100, 100), 1);

        assertThat(surface.drewText("Gamma")).isTrue();
        assertThat(surface.drewText("Alpha")).isFalse();
    }
}
