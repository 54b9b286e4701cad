package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.ForceLayout;
import app.parley.layout.LayoutMonitor;
import app.parley.render.paint.Composition;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.Surface;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.List;
import java.util.function.Function;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A big graph close up on screen, where links come as pixels and curves are cut to the window, against the same view
 * stroked link by link as an export draws it.
 */
class ScreenFramesTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 400;

    private static GraphDrawing drawing;

    @BeforeAll
    static void prepare() {
        PreparedGraph prepared = PreparedGraph.of(SyntheticDataset.generate(SyntheticDataset.Settings.of(800, 2400, 3)),
                Theme.LIGHT, new FxTextMeasurer());
        drawing = new GraphDrawing(prepared.scene(prepared.layOut(new ForceLayout(3), LayoutMonitor.NONE)),
                Theme.LIGHT, ViewState.NONE.withHoveredActor(prepared.graph().actors().get(0).id()));
    }

    private static int[] frame(Bounds window, Function<GraphicsContext, Surface> surfaces) {
        Composition composition = new Composition(WIDTH, HEIGHT, Theme.LIGHT.background(), drawing, window, List.of());
        return FxPlatform.call(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            composition.paintTile(surfaces.apply(canvas.getGraphicsContext2D()), new Bounds(0, 0, WIDTH, HEIGHT));
            return CanvasPixels.of(canvas, WIDTH, HEIGHT);
        });
    }

    @Test
    void aCloseUpOfABigGraphOnScreenLooksLikeTheSameViewStrokedLinkByLink() {
        Bounds world = drawing.bounds();
        for (double zoom : new double[] {0.3, 1, 2.5}) {
            Bounds window = new Bounds(world.centerX() - WIDTH / zoom / 2, world.centerY() - HEIGHT / zoom / 2,
                    WIDTH / zoom, HEIGHT / zoom);
            int[] screen = frame(window, FxSurface::forScreen);
            int[] stroked = frame(window, FxSurface::new);
            int inked = 0;
            int far = 0;
            long difference = 0;
            for (int i = 0; i < screen.length; i++) {
                int largest = 0;
                for (int shift = 0; shift < 24; shift += 8) {
                    largest = Math.max(largest, Math.abs((screen[i] >> shift & 0xFF) - (stroked[i] >> shift & 0xFF)));
                }
                difference += largest;
                far += largest > 96 ? 1 : 0;
                inked += (stroked[i] & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
            }
            assertThat(inked).as("zoom %s", zoom).isGreaterThan(screen.length / 20);
            assertThat(far).as("pixels far off at zoom %s", zoom).isLessThan(screen.length / 200);
            assertThat(difference / (double) screen.length).as("mean difference at zoom %s", zoom).isLessThan(3);
        }
    }
}
