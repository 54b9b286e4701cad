package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.render.paint.CaptionOverlay;
import app.parley.render.paint.Overlay;
import app.parley.render.raster.PixelLayers;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Theme;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Overlays of moving frames kept as pixels, against overlays painted. */
class OverlayPixelsTest {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 300;
    private static final FxTextMeasurer MEASURER = new FxTextMeasurer();

    private static CaptionOverlay caption() {
        return new CaptionOverlay("Talks in Dolmabahçe, İbrahim Kalın, 2025-05-16", Theme.LIGHT, MEASURER, 1);
    }

    /** The pixels of a white canvas with {@code overlays} drawn by {@code pixels}, or painted when it is null. */
    private static int[] shown(List<Overlay> overlays, OverlayPixels pixels) {
        return FxPlatform.call(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, WIDTH, HEIGHT);
            FxSurface surface = new FxSurface(gc, null, true);
            if (pixels == null) {
                for (Overlay overlay : overlays) {
                    surface.save();
                    overlay.paint(surface, WIDTH, HEIGHT);
                    surface.restore();
                }
            } else {
                pixels.paint(surface, gc, overlays, WIDTH, HEIGHT, 1);
            }
            return CanvasPixels.of(canvas, WIDTH, HEIGHT);
        });
    }

    private static int largestDifference(int a, int b) {
        int largest = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            largest = Math.max(largest, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return largest;
    }

    @Test
    void aKeptOverlayShowsWhatThePaintedOneShowsAndIsPaintedOnlyOnce() {
        OverlayPixels pixels = new OverlayPixels();
        int[] painted = shown(List.of(caption()), null);
        shown(List.of(caption()), pixels);
        int[] kept = shown(List.of(caption()), pixels);

        int inked = 0;
        int largest = 0;
        for (int i = 0; i < painted.length; i++) {
            inked += painted[i] != 0xFFFFFFFF ? 1 : 0;
            largest = Math.max(largest, largestDifference(painted[i], kept[i]));
        }
        assertThat(inked).as("pixels of the caption's words").isGreaterThan(1000);
        assertThat(largest).as("largest difference in a channel").isLessThanOrEqualTo(1);
        assertThat(pixels.made()).as("overlays painted to be kept, over two frames with new but equal overlays")
                .isEqualTo(1);
    }

    @Test
    void anOverlayThatCannotTellWhatItShowsIsPaintedEveryFrame() {
        OverlayPixels pixels = new OverlayPixels();
        Overlay box = (surface, width, height) -> surface.fillRect(10, 20, 30, 40, Rgba.BLACK);

        int[] first = shown(List.of(box), pixels);
        int[] second = shown(List.of(box), pixels);

        assertThat(pixels.made()).isZero();
        assertThat(first[30 * WIDTH + 20]).isEqualTo(0xFF000000);
        assertThat(second[30 * WIDTH + 20]).isEqualTo(0xFF000000);
        assertThat(second[30 * WIDTH + 45]).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void anOverlayShowingSomethingElseIsKeptAnew() {
        OverlayPixels pixels = new OverlayPixels();
        shown(List.of(caption()), pixels);
        CaptionOverlay other = new CaptionOverlay("Another source", Theme.LIGHT, MEASURER, 1);
        int[] kept = shown(List.of(other), pixels);
        int[] painted = shown(List.of(other), null);

        assertThat(pixels.made()).isEqualTo(2);
        int largest = 0;
        for (int i = 0; i < painted.length; i++) {
            largest = Math.max(largest, largestDifference(painted[i], kept[i]));
        }
        assertThat(largest).isLessThanOrEqualTo(1);
    }

    @Test
    void anOverlayComposedIntoAFrameShowsWhatThePaintedOneShowsAndIsPaintedOnce() {
        OverlayPixels pixels = new OverlayPixels();
        int[] painted = shown(List.of(caption()), null);
        shown(List.of(caption()), pixels);
        int[] composed = FxPlatform.call(() -> {
            PixelLayers layers = new PixelLayers(WIDTH, HEIGHT);
            layers.fill(0, 0, WIDTH, HEIGHT, 0xFFFFFFFF);
            assertThat(pixels.compose(layers, List.of(caption()))).isTrue();
            return layers.argb().clone();
        });

        int largest = 0;
        for (int i = 0; i < painted.length; i++) {
            largest = Math.max(largest, largestDifference(painted[i], composed[i]));
        }
        assertThat(largest).as("largest difference in a channel").isLessThanOrEqualTo(1);
        assertThat(pixels.made()).as("the overlay kept when drawn is composed from its pixels").isEqualTo(1);
    }

    @Test
    void overlaysAreNotComposedWhenOneCannotTellWhatItShows() {
        OverlayPixels pixels = new OverlayPixels();
        Overlay box = (surface, width, height) -> surface.fillRect(10, 20, 30, 40, Rgba.BLACK);

        boolean composed = FxPlatform.call(() -> {
            PixelLayers layers = new PixelLayers(WIDTH, HEIGHT);
            layers.fill(0, 0, WIDTH, HEIGHT, 0xFFFFFFFF);
            boolean done = pixels.compose(layers, List.of(caption(), box));
            assertThat(layers.argb()).as("nothing composed").containsOnly(0xFFFFFFFF);
            return done;
        });

        assertThat(composed).isFalse();
        assertThat(pixels.made()).isZero();
    }
}
