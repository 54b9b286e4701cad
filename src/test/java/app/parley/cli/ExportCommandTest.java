package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    /** Okabe–Ito blue, the colour of Ukraine in the legend's swatch and on Ukrainian cards. */
    private static final int UKRAINE_BLUE = 0x0072B2;

    @TempDir
    Path dir;

    private BufferedImage export(String name, String... options) throws IOException {
        Path out = dir.resolve(name);
        String[] args = new String[options.length + 3];
        args[0] = "export";
        args[1] = "--out";
        args[2] = out.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote " + out);
        return ImageIO.read(out.toFile());
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    /** How many pixels of a horizontal band have exactly the colour {@code rgb}. */
    private static int count(BufferedImage image, int top, int bottom, int rgb) {
        int found = 0;
        for (int y = Math.max(0, top); y < Math.min(bottom, image.getHeight()); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (rgb(image, x, y) == rgb && alpha(image, x, y) == 255) {
                    found++;
                }
            }
        }
        return found;
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if (rgb(image, x, y) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
    }

    @Test
    void exportedIstanbulMapScalesExactlyWithTheScaleOption() throws IOException {
        BufferedImage one = export("one.png");
        BufferedImage two = export("two.png", "--scale", "2");
        BufferedImage four = export("four.png", "--scale", "4");

        assertThat(one.getWidth()).isGreaterThan(1500);
        assertThat(two.getWidth()).isBetween(2 * one.getWidth() - 2, 2 * one.getWidth() + 2);
        assertThat(four.getWidth()).isBetween(4 * one.getWidth() - 4, 4 * one.getWidth() + 4);
        assertThat(four.getHeight()).isBetween(4 * one.getHeight() - 8, 4 * one.getHeight() + 8);
    }

    @Test
    void exportIsNotBlankAndHasAWhiteBackground() throws IOException {
        BufferedImage image = export("map.png");

        assertThat(rgb(image, 2, 2)).isEqualTo(0xFFFFFF);
        assertThat(alpha(image, 2, 2)).isEqualTo(255);
        assertThat(inkShare(image)).isBetween(0.05, 0.6);
    }

    @Test
    void transparentExportReallyHasAlpha() throws IOException {
        BufferedImage image = export("clear.png", "--transparent", "--no-legend", "--no-caption");

        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(alpha(image, 2, 2)).isZero();
        assertThat(alpha(image, image.getWidth() - 3, image.getHeight() - 3)).isZero();
        assertThat(count(image, 0, image.getHeight(), UKRAINE_BLUE)).isGreaterThan(100);
    }

    @Test
    void legendStripAndCaptionSitBelowTheDrawingAndCanBeLeftOut() throws IOException {
        BufferedImage full = export("full.png");
        BufferedImage bare = export("bare.png", "--no-legend", "--no-caption");

        int extra = full.getHeight() - bare.getHeight();
        assertThat(extra).isBetween(60, 200);
        int drawingBottom = bare.getHeight();
        int swatchesInStrip = count(full, drawingBottom, full.getHeight(), UKRAINE_BLUE);
        assertThat(swatchesInStrip).as("the Ukraine swatch in the legend").isGreaterThan(150);
        int captionTop = full.getHeight() - 30;
        long captionInk = 0;
        for (int y = captionTop; y < full.getHeight(); y++) {
            for (int x = 0; x < 400; x++) {
                if ((rgb(full, x, y) & 0xFF) < 0x90) {
                    captionInk++;
                }
            }
        }
        assertThat(captionInk).as("dark caption text at the bottom left").isGreaterThan(200);
    }

    @Test
    void unknownLayoutIsAUsageError() {
        CliRun run = CliRun.of("export", "--out", dir.resolve("x.png").toString(), "--layout", "spiral");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown layout 'spiral'; expected one of table, force, circle");
    }
}
