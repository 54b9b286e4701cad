package app.parley.render.raster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Frames composed from images and fills, pixel by pixel. */
class PixelLayersTest {

    private static final int WHITE = 0xFFFFFFFF;

    /** An opaque image whose pixel (u, v) holds u in green and v in blue. */
    private static int[] numbered(int width, int height) {
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 0xFF000000 | (i % width) << 8 | i / width;
        }
        return pixels;
    }

    private static PixelLayers white(int width, int height) {
        PixelLayers layers = new PixelLayers(width, height);
        layers.fill(0, 0, width, height, WHITE);
        return layers;
    }

    @Test
    void anImageDrawnOnWholePixelsUnscaledIsCopiedPixelForPixel() {
        int[] image = numbered(20, 10);
        PixelLayers layers = white(40, 30);

        layers.draw(image, 20, 10, 7, 5, 20, 10);

        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                boolean inside = x >= 7 && x < 27 && y >= 5 && y < 15;
                int expected = inside ? image[(y - 5) * 20 + x - 7] : WHITE;
                assertThat(layers.argb()[y * 40 + x]).as("pixel %d, %d", x, y).isEqualTo(expected);
            }
        }
    }

    @Test
    void aScaledImageShowsThePixelUnderEachPixelsTopLeftCorner() {
        int[] image = numbered(10, 10);
        PixelLayers layers = white(40, 40);

        layers.draw(image, 10, 10, 3.3, 7.7, 20, 20);

        int row = 12 * 40;
        assertThat(layers.argb()[row + 4] >> 8 & 0xFF).as("column 4: (4 - 3.3) / 2").isZero();
        assertThat(layers.argb()[row + 5] >> 8 & 0xFF).as("column 5: (5 - 3.3) / 2").isZero();
        assertThat(layers.argb()[row + 6] >> 8 & 0xFF).as("column 6: (6 - 3.3) / 2").isEqualTo(1);
        assertThat(layers.argb()[row + 22] >> 8 & 0xFF).as("column 22: (22 - 3.3) / 2").isEqualTo(9);
        assertThat(layers.argb()[9 * 40 + 10] & 0xFF).as("row 9: (9 - 7.7) / 2").isZero();
        assertThat(layers.argb()[10 * 40 + 10] & 0xFF).as("row 10: (10 - 7.7) / 2").isEqualTo(1);
    }

    @Test
    void pixelsAnImageCoversInPartShowItInThatShareOverWhatWasThere() {
        int[] black = new int[4 * 4];
        Arrays.fill(black, 0xFF000000);
        PixelLayers layers = white(10, 10);

        layers.draw(black, 4, 4, 2.25, 2, 4, 4);

        assertThat(layers.argb()[3 * 10 + 1]).as("left of the image").isEqualTo(WHITE);
        int edge = layers.argb()[3 * 10 + 2];
        assertThat(edge >>> 24).isEqualTo(255);
        assertThat(edge & 0xFF).as("a quarter of white left: 255 * (255 - 191) / 255").isEqualTo(64);
        assertThat(layers.argb()[3 * 10 + 3]).as("inside").isEqualTo(0xFF000000);
        assertThat(layers.argb()[3 * 10 + 6] & 0xFF).as("the right edge, a quarter covered")
                .isEqualTo(255 - 63);
    }

    @Test
    void aTranslucentPixelIsLaidOverThePixelUnderIt() {
        PixelLayers layers = white(2, 1);

        layers.draw(new int[] {0x80000000}, 1, 1, 0, 0, 1, 1);

        assertThat(layers.argb()[0]).as("half black over white").isEqualTo(0xFF7F7F7F);
        assertThat(layers.argb()[1]).isEqualTo(WHITE);
    }

    @Test
    void theTouchedRectangleCoversWhatWasFilledAndDrawn() {
        PixelLayers layers = new PixelLayers(100, 80);
        assertThat(layers.isClean()).isTrue();

        layers.fill(10.5, 20, 30, 10, WHITE);
        layers.draw(numbered(5, 5), 5, 5, -3, 50, 10, 10);

        assertThat(layers.isClean()).isFalse();
        assertThat(new int[] {layers.setLeft(), layers.setTop(), layers.setWidth(), layers.setHeight()})
                .containsExactly(0, 20, 41, 40);
        layers.clean();
        assertThat(layers.isClean()).isTrue();
        assertThat(layers.setWidth()).isZero();
    }

    @Test
    void aFrameComposedInTwoHalvesIsTheFrameComposedRowByRow() {
        int width = 700;
        int height = 500;
        int[] image = numbered(250, 200);
        PixelLayers layers = white(width, height);

        layers.draw(image, 250, 200, -20.4, 3.6, 250 * 2.7, 200 * 2.7);

        for (int y = 5; y < height; y += 7) {
            for (int x = 1; x < 654; x += 5) {
                int u = (int) Math.floor((x + 20.4) * (250 / (250 * 2.7)));
                int v = (int) Math.floor((y - 3.6) * (200 / (200 * 2.7)));
                assertThat(layers.argb()[y * width + x]).as("pixel %d, %d", x, y).isEqualTo(image[v * 250 + u]);
            }
        }
    }

    @Test
    void anImageBlendedUnscaledOnWholePixelsIsLaidOverPixelForPixelInItsShareWithinTheClip() {
        int[] image = new int[6 * 4];
        Arrays.fill(image, 0x80400000);
        image[0] = 0;
        PixelLayers layers = white(20, 10);
        layers.clean();

        layers.blend(image, 6, 4, 3, 2, 6, 4, 0.5, 0, 0, 7, 10);

        int half = PixelLayers.times(0x80400000, 0.5);
        int expected = PixelLayers.over(half, WHITE);
        assertThat(layers.argb()[3 * 20 + 4]).as("inside").isEqualTo(expected);
        assertThat(layers.argb()[2 * 20 + 3]).as("a transparent pixel of the image").isEqualTo(WHITE);
        assertThat(layers.argb()[3 * 20 + 7]).as("right of the clip").isEqualTo(WHITE);
        assertThat(layers.argb()[6 * 20 + 4]).as("below the image").isEqualTo(WHITE);
        assertThat(new int[] {layers.setLeft(), layers.setTop(), layers.setWidth(), layers.setHeight()})
                .containsExactly(3, 2, 4, 4);
    }

    @Test
    void anImageBlendedAtHalfSizeMixesTheFourImagePixelsAroundEachPixelsCentre() {
        int[] image = {0xFF000000, 0xFF0000FF, 0xFF000000, 0xFF0000FF};
        PixelLayers layers = white(4, 4);

        layers.blend(image, 2, 2, 1, 1, 1, 1, 1, 0, 0, 4, 4);
        assertThat(layers.argb()[1 * 4 + 1]).as("the centre between the four: half blue").isEqualTo(0xFF000080);

        layers.blend(image, 2, 2, 0, 0, 4, 2, 1, 0, 0, 4, 4);
        assertThat(layers.argb()[1]).as("widened, a quarter of the way from the first to the second")
                .isEqualTo(0xFF000040);
        assertThat(layers.argb()[0] >> 16 & 0xFF).as("the first: a quarter of nothing beyond the image, white")
                .isEqualTo(64);
    }
}
