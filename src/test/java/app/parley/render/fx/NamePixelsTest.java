package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.render.paint.PixelFrame;
import app.parley.render.raster.PixelLayers;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import java.util.List;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.Test;

/** Names of moving frames drawn from their kept pixels, against the same names set as text by JavaFX. */
class NamePixelsTest {

    private static final int WIDTH = 420;
    private static final int HEIGHT = 90;
    private static final Rgba INK = new Rgba(34, 40, 49, 255);
    /** Names in world units, one with diacritics, one bold, one faded, as the painter sets them on cards. */
    private static final List<PixelFrame.Text> NAMES = List.of(
            new PixelFrame.Text("İbrahim Kalın", 10.3, 20.6, FontSpec.regular(13), INK, 1),
            new PixelFrame.Text("Dolmabahçe", 150.45, 24.2, FontSpec.bold(12), new Rgba(200, 30, 40, 255), 1),
            new PixelFrame.Text("Łukasz Wójcik", 40.7, 52.35, FontSpec.regular(11), INK, 0.6));

    /** The names set as text over white by JavaFX at {@code scale}, shifted by {@code dx}, {@code dy}. */
    private static int[] asText(double scale, double dx, double dy) {
        return FxPlatform.call(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
            surface.fillRect(0, 0, WIDTH, HEIGHT, Rgba.WHITE);
            surface.save();
            surface.transform(scale, dx, dy);
            for (PixelFrame.Text text : NAMES) {
                surface.save();
                surface.setOpacity(text.alpha());
                surface.fillText(text.text(), text.x(), text.baseline(), text.font(), text.fill());
                surface.restore();
            }
            surface.restore();
            return CanvasPixels.of(canvas, WIDTH, HEIGHT);
        });
    }

    /** The names drawn by {@code names} over white at {@code scale}, shifted by {@code dx}, {@code dy}. */
    private static int[] fromPixels(NamePixels names, double scale, double dx, double dy) {
        return FxPlatform.call(() -> {
            PixelLayers layers = new PixelLayers(WIDTH, HEIGHT);
            layers.fill(0, 0, WIDTH, HEIGHT, Rgba.WHITE.argb());
            names.draw(layers, NAMES, scale, dx, dy, new Bounds(0, 0, WIDTH, HEIGHT));
            return layers.argb().clone();
        });
    }

    private static int largestChannelDifference(int first, int second) {
        int largest = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            largest = Math.max(largest, Math.abs((first >> shift & 0xFF) - (second >> shift & 0xFF)));
        }
        return largest;
    }

    /** How dark a pixel over white is, 0 to 255, by its darkest channel. */
    private static int ink(int pixel) {
        return 255 - Math.min(pixel & 0xFF, Math.min(pixel >> 8 & 0xFF, pixel >> 16 & 0xFF));
    }

    /**
     * How many pixels are inked at least {@code strong} in {@code pixels} with no pixel inked at least {@code faint}
     * within one pixel in {@code other}.
     */
    private static int strayInk(int[] pixels, int[] other, int strong, int faint) {
        int stray = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (ink(pixels[y * WIDTH + x]) < strong) {
                    continue;
                }
                boolean near = false;
                for (int v = Math.max(0, y - 1); v <= Math.min(HEIGHT - 1, y + 1) && !near; v++) {
                    for (int u = Math.max(0, x - 1); u <= Math.min(WIDTH - 1, x + 1) && !near; u++) {
                        near = ink(other[v * WIDTH + u]) >= faint;
                    }
                }
                stray += near ? 0 : 1;
            }
        }
        return stray;
    }

    private static long totalInk(int[] pixels) {
        long total = 0;
        for (int pixel : pixels) {
            total += ink(pixel);
        }
        return total;
    }

    @Test
    void namesDrawnFromPixelsAtAScaleOfTheLadderMatchTheNamesSetAsText() {
        double scale = Math.pow(2, 0.25);
        NamePixels names = new NamePixels();

        int[] text = asText(scale, 3.37, -1.81);
        int[] pixels = fromPixels(names, scale, 3.37, -1.81);

        int differing = 0;
        int largest = 0;
        for (int i = 0; i < text.length; i++) {
            int difference = largestChannelDifference(text[i], pixels[i]);
            largest = Math.max(largest, difference);
            differing += difference > 2 ? 1 : 0;
        }
        assertThat(totalInk(text)).as("the names ink the canvas").isGreaterThan(100_000);
        assertThat(largest).as("the largest difference in a channel").isLessThanOrEqualTo(2);
        assertThat(differing).isZero();
        assertThat(names.rasterized()).isEqualTo(3);
    }

    @Test
    void namesDrawnWhileZoomingComeFromTheLadderScaleAboveWithinAPixelOfTheText() {
        double scale = 0.93;
        NamePixels names = new NamePixels();

        int[] text = asText(scale, 5.5, 2.25);
        int[] pixels = fromPixels(names, scale, 5.5, 2.25);

        assertThat(NamePixels.ladderAbove(scale)).isEqualTo(1.0);
        assertThat(strayInk(pixels, text, 128, 32)).as("strong ink of the pixels far from the text's").isZero();
        assertThat(strayInk(text, pixels, 128, 32)).as("strong ink of the text far from the pixels'").isZero();
        assertThat((double) totalInk(pixels)).as("the ink, against the text's")
                .isCloseTo(totalInk(text), org.assertj.core.data.Percentage.withPercentage(12));
    }

    @Test
    void aNameIsRasterizedOncePerLadderScaleWhileZoomingAndOncePerPlaceWhilePanning() {
        NamePixels names = new NamePixels();

        fromPixels(names, 0.9, 0, 0);
        fromPixels(names, 0.95, 1.5, 0.5);
        assertThat(names.rasterized()).as("0.9 and 0.95 from the ladder's 1.0").isEqualTo(3);
        fromPixels(names, 0.8, 1.5, 0.5);
        assertThat(names.rasterized()).as("0.8 from the ladder's 0.84").isEqualTo(6);
        fromPixels(names, 0.8, 41.5, 20.5);
        assertThat(names.rasterized()).as("held at 0.8: set at its own scale").isEqualTo(9);
        fromPixels(names, 0.8, 81.5, 40.5);
        fromPixels(names, 0.8, -38.5, 60.5);
        assertThat(names.rasterized()).as("panned by whole pixels: the same places within the pixel").isEqualTo(9);
    }

    @Test
    void namesAreDrawnOnlyWithinThePixelsAlreadyComposed() {
        NamePixels names = new NamePixels();
        int[] drawn = FxPlatform.call(() -> {
            PixelLayers layers = new PixelLayers(WIDTH, HEIGHT);
            layers.fill(0, 0, 60, HEIGHT, Rgba.WHITE.argb());
            names.draw(layers, NAMES, 1, 0, 0, new Bounds(0, 0, WIDTH, HEIGHT));
            assertThat(layers.setWidth()).isEqualTo(60);
            return layers.argb().clone();
        });

        int inkedInside = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int pixel = drawn[y * WIDTH + x];
                if (x >= 60) {
                    assertThat(pixel).as("pixel %d, %d outside", x, y).isZero();
                } else {
                    inkedInside += ink(pixel) > 128 ? 1 : 0;
                }
            }
        }
        assertThat(inkedInside).as("the start of the first and third names").isGreaterThan(50);
    }
}
