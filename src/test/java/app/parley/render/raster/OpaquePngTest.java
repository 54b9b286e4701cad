package app.parley.render.raster;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpaquePngTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "3, 5", "37, 23", "641, 479", "1023, 2051", "2600, 1936"})
    void opaqueImagesWithoutAlphaReadBackAsTheSamePixelsAsImageIoWritesThem(int width, int height)
            throws IOException {
        int[] pixels = drawing(width, height);
        byte[] ours = write(width, height, pixels, PngOptions.ofDpi(96).withOpaque(true));
        BufferedImage reference = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        reference.setRGB(0, 0, width, height, pixels, 0, width);
        ByteArrayOutputStream serial = new ByteArrayOutputStream();
        ImageIO.write(reference, "png", serial);

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(ours));
        BufferedImage readReference = ImageIO.read(new ByteArrayInputStream(serial.toByteArray()));
        assertThat(read.getColorModel().hasAlpha()).isFalse();
        assertThat(read.getRGB(0, 0, width, height, null, 0, width))
                .isEqualTo(readReference.getRGB(0, 0, width, height, null, 0, width))
                .isEqualTo(pixels);
    }

    @ParameterizedTest
    @CsvSource({"5, 3", "640, 480", "1201, 3001"})
    void imagesWithAlphaAndWithoutReadBackAsTheSameOpaquePixels(int width, int height) throws IOException {
        int[] pixels = drawing(width, height);
        BufferedImage withAlpha = ImageIO.read(new ByteArrayInputStream(write(width, height, pixels,
                PngOptions.ofDpi(96))));
        BufferedImage without = ImageIO.read(new ByteArrayInputStream(write(width, height, pixels,
                PngOptions.ofDpi(96).withOpaque(true))));
        assertThat(withAlpha.getColorModel().hasAlpha()).isTrue();
        assertThat(without.getRGB(0, 0, width, height, null, 0, width))
                .isEqualTo(withAlpha.getRGB(0, 0, width, height, null, 0, width));
    }

    @ParameterizedTest
    @CsvSource({"800, 600", "2600, 1936"})
    void anOpaqueDrawingTakesLessRoomWithoutItsAlpha(int width, int height) throws IOException {
        int[] pixels = drawing(width, height);
        int withAlpha = write(width, height, pixels, PngOptions.ofDpi(96)).length;
        int without = write(width, height, pixels, PngOptions.ofDpi(96).withOpaque(true)).length;
        assertThat(without).isLessThan(withAlpha);
    }

    /** Opaque pixels like a drawing's: a white page, coloured boxes, grey lines, some noise of antialiasing. */
    private static int[] drawing(int width, int height) {
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Random random = new Random(width * 31L + height);
        for (int box = 0; box < width * height / 2000 + 1; box++) {
            int x0 = random.nextInt(width);
            int y0 = random.nextInt(height);
            int colour = 0xFF000000 | random.nextInt(0x1000000);
            for (int y = y0; y < Math.min(height, y0 + 12); y++) {
                for (int x = x0; x < Math.min(width, x0 + 40); x++) {
                    pixels[y * width + x] = colour;
                }
            }
        }
        for (int line = 0; line < width / 10 + 1; line++) {
            int y = random.nextInt(height);
            for (int x = 0; x < width; x++) {
                int grey = 0x80 + random.nextInt(0x40);
                pixels[y * width + x] = 0xFF000000 | grey << 16 | grey << 8 | grey;
            }
        }
        return pixels;
    }

    private static byte[] write(int width, int height, int[] pixels, PngOptions options) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PngStreamWriter writer = new PngStreamWriter(bytes, width, height, options)) {
            writer.writeRows(pixels, 0, width, height);
        }
        return bytes.toByteArray();
    }
}
