package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A poster larger than one JavaFX snapshot can be (about 11585 pixels a side with the default 512 MB texture limit)
 * exported in a separate JVM limited to a 1.5 GB heap: it is drawn in many tiles and has exactly the size asked for.
 */
class PosterExportTest {

    /** Above the single-snapshot limit of sqrt(512 MB / 4 bytes) = 11585 pixels a side. */
    private static final int SIDE = 12_000;
    private static final int OKABE_ITO_BLUE = 0x0072B2;

    @TempDir
    Path folder;

    @Test
    void posterAboveTheSnapshotLimitIsTiledAndExactlyTheRequestedSizeInARestrictedHeap() throws Exception {
        Path out = folder.resolve("poster.png");
        Map<String, String> report = runInSmallHeap(out);

        assertThat(report.get("maxHeapMb")).as("the child's heap limit").satisfies(max ->
                assertThat(Integer.parseInt(max)).isLessThanOrEqualTo(1536));
        int tiles = Integer.parseInt(report.get("tiles"));
        int columns = (SIDE + 2047) / 2048;
        assertThat(tiles).as("drawn in tiles of at most 2048 pixels").isGreaterThanOrEqualTo(columns * columns);
        PngChunks png = PngChunks.read(out);
        assertThat(png.width()).isEqualTo(SIDE);
        assertThat(png.height()).isEqualTo(SIDE);
        assertThat(png.dpi()).isCloseTo(300, within(0.02));
        BufferedImage preview = readSubsampled(out.toFile(), 24);
        assertThat(preview.getWidth()).isEqualTo(SIDE / 24);
        int[] inkColumns = inkedColumnRange(preview);
        assertThat(inkColumns[1] - inkColumns[0]).as("the drawing spans the poster, not a shrunk corner")
                .isGreaterThan(preview.getWidth() * 8 / 10);
        assertThat(countColour(preview, OKABE_ITO_BLUE)).as("Ukrainian cards drawn").isGreaterThan(20);
        System.out.printf("Poster %d x %d: %s tiles, %s ms, peak heap %s MB of %s MB%n", SIDE, SIDE, tiles,
                report.get("millis"), report.get("peakHeapMb"), report.get("maxHeapMb"));
    }

    private static Map<String, String> runInSmallHeap(Path out) throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx1536m", "-Dparley.headless=true",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-cp", classPath,
                PosterExport.class.getName(), out.toString(), Integer.toString(SIDE), Integer.toString(SIDE)));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, String> report = new HashMap<>();
        output.lines().filter(line -> line.matches("[a-zA-Z]+=.*")).forEach(line -> {
            int equals = line.indexOf('=');
            report.put(line.substring(0, equals), line.substring(equals + 1));
        });
        assertThat(report).as(output).containsKeys("tiles", "millis", "peakHeapMb", "maxHeapMb");
        return report;
    }

    /** Decodes every {@code step}-th pixel of every {@code step}-th row, so the poster never sits in memory whole. */
    private static BufferedImage readSubsampled(File file, int step) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file)) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    private static int[] inkedColumnRange(BufferedImage image) {
        int first = image.getWidth();
        int last = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    first = Math.min(first, x);
                    last = Math.max(last, x);
                }
            }
        }
        return new int[] {first, last};
    }

    private static int countColour(BufferedImage image, int rgb) {
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    found++;
                }
            }
        }
        return found;
    }
}
