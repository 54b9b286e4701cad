package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorySlidesCommandTest {

    @TempDir
    Path dir;

    private static List<Path> pngs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        int background = image.getRGB(image.getWidth() / 2, image.getHeight() - 2);
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                if (image.getRGB(x, y) != background) {
                    ink++;
                }
            }
        }
        return ink / ((image.getWidth() / 3.0) * (image.getHeight() / 3.0));
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void storyExportWritesOneDistinctNonBlankSlidePerStepAtTheRequestedSize() throws Exception {
        Path out = dir.resolve("slides");

        CliRun run = CliRun.of("export", "--story", "--out", out.toString(), "--width", "1280", "--height", "720");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote 14 slides of 1280 × 720 px to " + out);
        List<Path> slides = pngs(out);
        assertThat(slides).extracting(p -> p.getFileName().toString())
                .containsExactly("step-01.png", "step-02.png", "step-03.png", "step-04.png", "step-05.png",
                        "step-06.png", "step-07.png", "step-08.png", "step-09.png", "step-10.png", "step-11.png",
                        "step-12.png", "step-13.png", "step-14.png");
        Set<String> hashes = new HashSet<>();
        for (Path slide : slides) {
            BufferedImage image = ImageIO.read(slide.toFile());
            assertThat(image.getWidth()).as(slide.toString()).isEqualTo(1280);
            assertThat(image.getHeight()).as(slide.toString()).isEqualTo(720);
            assertThat(inkShare(image)).as(slide.toString()).isGreaterThan(0.05);
            hashes.add(sha256(slide));
        }
        assertThat(hashes).hasSize(14);
    }

    @Test
    void slidesDefaultToFullHdInHighContrastWithABlackCaption() throws IOException {
        Path out = dir.resolve("hd");

        CliRun run = CliRun.of("export", "--story", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage first = ImageIO.read(pngs(out).get(0).toFile());
        assertThat(first.getWidth()).isEqualTo(1920);
        assertThat(first.getHeight()).isEqualTo(1080);
        assertThat(first.getRGB(5, 5) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        long black = 0;
        for (int y = 20; y < 80; y++) {
            for (int x = 30; x < 900; x++) {
                if ((first.getRGB(x, y) & 0xFFFFFF) == 0) {
                    black++;
                }
            }
        }
        assertThat(black).as("black caption text in the title bar").isGreaterThan(2000);
    }

    @Test
    void darkThemeSlidesHaveADarkPage() throws IOException {
        Path out = dir.resolve("dark");

        CliRun run = CliRun.of("export", "--story", "--out", out.toString(), "--width", "640", "--height", "360",
                "--theme", "dark");

        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(pngs(out).get(2).toFile());
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                dark += (image.getRGB(x, y) & 0xFF) < 0x60 ? 1 : 0;
            }
        }
        assertThat(dark).as("dark pixels of every sixteenth")
                .isGreaterThan(image.getWidth() * image.getHeight() / 16 / 2);
    }

    @Test
    void unknownThemeAndTinySlidesAreUsageErrors() {
        CliRun theme = CliRun.of("export", "--story", "--out", dir.toString(), "--theme", "neon");
        CliRun tiny = CliRun.of("export", "--story", "--out", dir.toString(), "--width", "8");

        assertThat(theme.exitCode()).isEqualTo(2);
        assertThat(theme.err()).contains("Unknown theme 'neon'; expected one of light, dark, high-contrast");
        assertThat(tiny.exitCode()).isEqualTo(2);
        assertThat(tiny.err()).contains("--width and --height must be between 16 and 8192");
    }
}
