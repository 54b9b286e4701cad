package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.ForceLayout;
import app.parley.layout.LayoutMonitor;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pan of a clustered graph (long links from its hubs across the window) drawn from the moving frame kept, against a
 * fresh moving frame of the panned view. The strips, composed in Java with the kept frame, differ in about 0.03% of
 * their pixels (about 5% when JavaFX drew them beside the composed image, 12% when a strip with fewer than 120 links
 * was drawn as shapes).
 */
class ClusteredPanTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    /** How far a strip reaches under the kept frame, in pixels. */
    private static final int STRIP_REACH = 4;

    @Test
    void aPanByEvenPixelsOfAMovingFrameOfAClusteredGraphLooksLikeAFreshMovingFrameStripsToo() {
        PreparedGraph prepared = PreparedGraph.of(SyntheticDataset.generate(
                SyntheticDataset.Settings.withEdges(3000, 9000, 7)), Theme.LIGHT, new FxTextMeasurer());
        GraphDrawing big = new GraphDrawing(prepared.scene(prepared.layOut(new ForceLayout(7), LayoutMonitor.NONE)),
                Theme.LIGHT, ViewState.NONE);
        double scale = 0.3;
        FrameView view = new FrameView(WIDTH, HEIGHT, task -> { }, null);
        Bounds start = view.window(big.bounds().centerX(), big.bounds().centerY(), scale);
        Bounds panned = new Bounds(start.x() + 120 / scale, start.y() - 80 / scale, start.width(), start.height());

        assertThat(view.paint(big, start, true)).isEqualTo(MotionFrames.Kind.KEPT);
        assertThat(view.paint(big, panned, true)).isEqualTo(MotionFrames.Kind.REUSED);
        int[] reused = view.pixels();
        FrameView fresh = new FrameView(WIDTH, HEIGHT, task -> { }, null);
        FxPlatform.call(() -> fresh.frames.paint(fresh.canvas, big.inMotion(), Theme.LIGHT.background(), panned,
                List.of(), false));
        int[] painted = fresh.pixels();

        int inked = 0;
        int stripPixels = 0;
        int differingInStrips = 0;
        int differingUnderKept = 0;
        for (int i = 0; i < painted.length; i++) {
            boolean inStrip = i % WIDTH >= WIDTH - STRIP_REACH - 120 || i / WIDTH < 80 + STRIP_REACH;
            inked += painted[i] != painted[0] ? 1 : 0;
            stripPixels += inStrip ? 1 : 0;
            int largest = 0;
            for (int shift = 0; shift < 24; shift += 8) {
                largest = Math.max(largest, Math.abs((painted[i] >> shift & 0xFF) - (reused[i] >> shift & 0xFF)));
            }
            if (largest > 8) {
                differingInStrips += inStrip ? 1 : 0;
                differingUnderKept += inStrip ? 0 : 1;
            }
        }
        assertThat(inked).as("pixels unlike the corner's background").isGreaterThan(WIDTH * HEIGHT / 10);
        assertThat(differingUnderKept).as("pixels drawn from the kept frame differing by more than 8 in a channel")
                .isZero();
        assertThat(differingInStrips).as("strip pixels differing by more than 8 in a channel, of %d", stripPixels)
                .isLessThan(stripPixels / 1000);
    }
}
