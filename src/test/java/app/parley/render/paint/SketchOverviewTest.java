package app.parley.render.paint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import app.parley.io.synthetic.KnownShapes;
import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.ForceLayout;
import app.parley.layout.LayoutMonitor;
import app.parley.render.scene.FixedMeasurer;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sketches of a whole big graph a moving view far out is drawn from. */
class SketchOverviewTest {

    private static Scene mesh;

    @BeforeAll
    static void prepare() {
        PreparedGraph prepared = PreparedGraph.of(SyntheticDataset.generate(KnownShapes.triangularMesh(30, 27), 4),
                Theme.LIGHT, new FixedMeasurer());
        mesh = prepared.scene(prepared.layOut(new ForceLayout(4), LayoutMonitor.NONE));
    }

    @Test
    void levelsDoubleInScaleCoverTheGraphAndAreSketchedWithInk() {
        GraphDrawing drawing = new GraphDrawing(mesh, Theme.LIGHT, ViewState.NONE);
        List<SketchOverview.Level> levels = SketchOverview.levels(drawing, Theme.LIGHT.background(), () -> false);

        assertThat(levels).isNotEmpty();
        for (int i = 0; i < levels.size(); i++) {
            SketchOverview.Level level = levels.get(i);
            assertThat(drawing.sketches(level.scale())).isTrue();
            assertThat(level.world().contains(mesh.bounds())).as("level %d covers the graph", i).isTrue();
            assertThat(level.width()).isEqualTo((int) Math.round(level.world().width() * level.scale()));
            assertThat(level.argb()).hasSize(level.width() * level.height());
            assertThat(inked(level.argb())).as("level %d", i).isGreaterThan(level.argb().length / 100);
            if (i > 0) {
                assertThat(level.scale()).isEqualTo(2 * levels.get(i - 1).scale(), offset(1e-12));
            }
        }
    }

    @Test
    void noOverviewWhenMoreThanPixelsWouldBeDrawnOrTheBuildIsCancelled() {
        GraphDrawing selected = new GraphDrawing(mesh, Theme.LIGHT,
                ViewState.NONE.withSelectedActor(mesh.nodes().get(0).actorId()));
        GraphDrawing plain = new GraphDrawing(mesh, Theme.LIGHT, ViewState.NONE);

        assertThat(SketchOverview.levels(selected, Theme.LIGHT.background(), () -> false))
                .as("the selected card is drawn as a shape over the sketch").isEmpty();
        assertThat(SketchOverview.levels(plain, Theme.LIGHT.background(), () -> true)).isEmpty();
        assertThat(SketchOverview.levels(plain, Theme.LIGHT.background().withOpacity(0.5), () -> false))
                .as("a background that is not opaque").isEmpty();
    }

    private static int inked(int[] argb) {
        int inked = 0;
        for (int pixel : argb) {
            inked += (pixel & 0xFF) < 200 ? 1 : 0;
        }
        return inked;
    }
}
