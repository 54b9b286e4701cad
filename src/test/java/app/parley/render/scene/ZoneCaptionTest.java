package app.parley.render.scene;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.layout.LayoutMonitor;
import app.parley.layout.Layouts;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.RecordingSurface;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneCaptionTest {

    @Test
    void zoneCaptionsReadAtTheFitOfALaptopWindowsMap() {
        PreparedGraph istanbul = PreparedGraph.of(DatasetReader.istanbul(), Theme.LIGHT, new FixedMeasurer());
        Scene scene = istanbul.scene(istanbul.layOut(Layouts.TABLE.create(istanbul.graph(), 20250516L),
                LayoutMonitor.NONE));
        for (double[] map : new double[][] {{982, 618}, {720, 550}}) {
            double scale = Math.min(map[0] / scene.bounds().width(), map[1] / scene.bounds().height());
            RecordingSurface surface = new RecordingSurface();
            new GraphDrawing(scene, Theme.LIGHT, ViewState.NONE).paint(surface, scene.bounds(), scale);

            List<String> texts = new ArrayList<>();
            for (RecordingSurface.Call call : surface.calls()) {
                if (call.op().equals("fillText")) {
                    texts.add(call.text());
                }
            }
            for (String caption : List.of("United States", "Europe / NATO")) {
                int at = texts.indexOf(caption);
                assertThat(at).as("%s is drawn on a %.0f x %.0f map", caption, map[0], map[1]).isNotNegative();
                double px = surface.textSizes().get(at) * scale;
                System.out.printf("%s at the fit of a %.0f x %.0f map: %.1f px%n", caption, map[0], map[1], px);
                assertThat(px).as(caption).isGreaterThanOrEqualTo(10);
            }
        }
    }
}
