package app.parley.render.paint;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.layout.LayoutMonitor;
import app.parley.layout.Layouts;
import app.parley.render.scene.FixedMeasurer;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameMarkerTest {

    @Test
    void aCardWhoseNameIsSetBesideItIsASolidMarkerAndTheOthersKeepTheirPaleFill() {
        FixedMeasurer measurer = new FixedMeasurer();
        PreparedGraph istanbul = PreparedGraph.of(DatasetReader.istanbul(), Theme.LIGHT, measurer);
        Scene scene = istanbul.scene(istanbul.layOut(Layouts.CIRCLE.create(istanbul.graph(), 20250516L),
                LayoutMonitor.NONE));
        double scale = Math.min(720 / scene.bounds().width(), 550 / scene.bounds().height());
        GraphDrawing drawing = new GraphDrawing(scene, Theme.LIGHT, ViewState.NONE)
                .withReadableNames(measurer, 12, 10);
        RecordingSurface surface = new RecordingSurface();
        drawing.paint(surface, scene.bounds(), scale);

        int beside = 0;
        for (NodeShape node : scene.nodes()) {
            Rgba fill = cardFill(surface.calls(), node.actorId());
            if (drawing.nameBeside(node.index(), scale)) {
                beside++;
                assertThat(fill).as(node.actorId()).isEqualTo(Theme.LIGHT.side(node.side()));
            } else {
                assertThat(fill).as(node.actorId()).isEqualTo(Theme.LIGHT.cardFill(node.side()));
            }
        }
        assertThat(beside).isPositive().isLessThan(scene.nodes().size());
    }

    /** The colour of the first fill after the actor's card group opens. */
    private static Rgba cardFill(List<RecordingSurface.Call> calls, String actorId) {
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).op().equals("group") && calls.get(i).text().equals("actor-" + actorId)) {
                for (int j = i + 1; j < calls.size(); j++) {
                    if (calls.get(j).op().startsWith("fill")) {
                        return calls.get(j).colour();
                    }
                }
            }
        }
        throw new AssertionError("no card drawn for " + actorId);
    }
}
