package app.parley.render.paint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
    void aCardWhoseNameIsSetBesideItIsATenPixelDotInItsSidesColourAndTheOthersKeepTheirPaleFill() {
        FixedMeasurer measurer = new FixedMeasurer();
        PreparedGraph istanbul = PreparedGraph.of(DatasetReader.istanbul(), Theme.LIGHT, measurer);
        Scene scene = istanbul.scene(istanbul.layOut(Layouts.FORCE.create(istanbul.graph(), 20250516L),
                LayoutMonitor.NONE));
        // Zoomed out to half the fit of a 1024 x 700 window, where some names no longer fit over their cards.
        double scale = Math.min(720 / scene.bounds().width(), 550 / scene.bounds().height()) / 2;
        GraphDrawing drawing = new GraphDrawing(scene, Theme.LIGHT, ViewState.NONE)
                .withReadableNames(measurer, 12, 10);
        List<double[]> roundFills = new java.util.ArrayList<>();
        RecordingSurface surface = new RecordingSurface() {
            @Override
            public void fillRoundRect(double x, double y, double width, double height, double arc, Rgba fill) {
                super.fillRoundRect(x, y, width, height, arc, fill);
                roundFills.add(new double[] {x + width / 2, y + height / 2, width, height});
            }
        };
        drawing.paint(surface, scene.bounds(), scale);

        int beside = 0;
        for (NodeShape node : scene.nodes()) {
            Rgba fill = cardFill(surface.calls(), node.actorId());
            if (drawing.nameBeside(node.index(), scale)) {
                beside++;
                assertThat(fill).as(node.actorId()).isEqualTo(Theme.LIGHT.side(node.side()));
                double dotPx = Math.min(10, Math.min(node.box().width(), node.box().height()) * scale);
                assertThat(roundFills).as("%s drawn as a dot at its centre, 10 px or as small as the card",
                        node.actorId()).anySatisfy(box -> {
                            assertThat(box[0]).isCloseTo(node.box().centerX(), within(1e-6));
                            assertThat(box[1]).isCloseTo(node.box().centerY(), within(1e-6));
                            assertThat(box[2] * scale).isCloseTo(dotPx, within(1e-6));
                            assertThat(box[3] * scale).isCloseTo(dotPx, within(1e-6));
                        });
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
