package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.render.export.ExportMonitor;
import app.parley.render.paint.Composition;
import app.parley.render.paint.Drawing;
import app.parley.render.paint.Overlay;
import app.parley.render.paint.Surface;
import app.parley.render.raster.PngOptions;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngExporterTest {

    private static final Rgba RED = Rgba.hex(0xD62728);
    private static final Rgba GREEN = Rgba.hex(0x2CA02C);
    private static final Bounds WORLD = new Bounds(0, 0, 100, 100);

    @TempDir
    Path folder;

    /** A world of 100 x 100 units: a red square from 10 to 40, a circle, a curve and a name. */
    private static final Drawing SHAPES = new Drawing() {
        @Override
        public Bounds bounds() {
            return WORLD;
        }

        @Override
        public void paint(Surface surface, Bounds visible, double scale) {
            surface.fillRect(10, 10, 30, 30, RED);
            surface.fillOval(45, 45, 40, 30, Rgba.hex(0x1F77B4).withOpacity(0.6));
            surface.strokeQuadCurve(5, 95, 50, 20, 95, 95, new Stroke(Rgba.BLACK, 1.5, new double[] {4, 2}));
            surface.strokeRoundRect(50, 5, 45, 30, 8, Stroke.solid(Rgba.hex(0x9467BD), 1));
            surface.fillText("İbrahim Kalın & Co", 52, 25, FontSpec.bold(6), Rgba.BLACK);
        }
    };

    /** A green square in the bottom right corner of the output, 10 pixels a side. */
    private static final Overlay CORNER_MARK = (surface, width, height) ->
            surface.fillRect(width - 10, height - 10, 10, 10, GREEN);

    @Test
    void exportHasTheRequestedSizeAndColoursAtKnownPoints() throws IOException {
        BufferedImage image = exportAndRead(new PngExporter(), composition(200, 200, Rgba.WHITE));
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(200);
        assertThat(image.getRGB(50, 50)).isEqualTo(RED.argb());
        assertThat(image.getRGB(21, 21)).isEqualTo(RED.argb());
        assertThat(image.getRGB(18, 50)).isEqualTo(0xFFFFFFFF);
        assertThat(image.getRGB(195, 195)).isEqualTo(GREEN.argb());
    }

    @Test
    void whiteBackgroundFillsTheCorners() throws IOException {
        BufferedImage image = exportAndRead(new PngExporter(), composition(200, 200, Rgba.WHITE));
        assertThat(image.getRGB(0, 0)).isEqualTo(0xFFFFFFFF);
        assertThat(image.getRGB(199, 0)).isEqualTo(0xFFFFFFFF);
        assertThat(image.getRGB(0, 199)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void transparentBackgroundLeavesTheCornersTransparent() throws IOException {
        BufferedImage image = exportAndRead(new PngExporter(), composition(200, 200, Rgba.TRANSPARENT));
        assertThat(image.getRGB(0, 0) >>> 24).isZero();
        assertThat(image.getRGB(199, 0) >>> 24).isZero();
        assertThat(image.getRGB(0, 199) >>> 24).isZero();
        assertThat(image.getRGB(50, 50)).isEqualTo(RED.argb());
    }

    @Test
    void windowIsCentredInAWideImage() throws IOException {
        BufferedImage image = exportAndRead(new PngExporter(), composition(400, 200, Rgba.WHITE));
        assertThat(image.getRGB(100 + 50, 50)).isEqualTo(RED.argb());
        assertThat(image.getRGB(50, 50)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void tiledExportIsPixelIdenticalToASingleTile() throws IOException {
        Composition composition = composition(400, 200, Rgba.TRANSPARENT);
        BufferedImage whole = exportAndRead(new PngExporter(4096), composition);
        BufferedImage tiled = exportAndRead(new PngExporter(64), composition);
        assertThat(largestDifference(whole, tiled)).isZero();
        assertThat(countInked(whole)).isGreaterThan(5000);
    }

    @Test
    void tilesAtAnAwkwardScaleDifferOnlyByRoundingOfSinglePrecisionCoordinates() throws IOException {
        Composition composition = composition(333, 211, Rgba.WHITE);
        BufferedImage whole = exportAndRead(new PngExporter(4096), composition);
        BufferedImage tiled = exportAndRead(new PngExporter(64), composition);
        assertThat(largestDifference(whole, tiled)).isLessThanOrEqualTo(1);
    }

    @Test
    void longCurvesCrossingTileEdgesMatchTheWholeImage() throws IOException {
        Drawing arcs = new Drawing() {
            @Override
            public Bounds bounds() {
                return WORLD;
            }

            @Override
            public void paint(Surface surface, Bounds visible, double scale) {
                for (int i = 0; i < 10; i++) {
                    surface.strokeQuadCurve(0, 10 * i, 50 + 5 * i, -40, 100, 100 - 10 * i,
                            Stroke.solid(Rgba.BLACK, 0.7));
                }
            }
        };
        Composition composition = new Composition(300, 300, Rgba.WHITE, arcs, WORLD, List.of());
        BufferedImage whole = exportAndRead(new PngExporter(4096), composition);
        BufferedImage tiled = exportAndRead(new PngExporter(64), composition);
        assertThat(largestDifference(whole, tiled)).isZero();
    }

    @Test
    void progressRisesToOne() throws IOException {
        List<Double> reported = new ArrayList<>();
        ExportMonitor monitor = new ExportMonitor() {
            @Override
            public void progress(double fraction) {
                reported.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        new PngExporter(64).export(composition(200, 200, Rgba.WHITE), folder.resolve("p.png"), PngOptions.ofDpi(96),
                monitor);
        assertThat(reported).isSorted().startsWith(0.0).endsWith(1.0).hasSizeGreaterThan(3);
    }

    @Test
    void cancellingKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("map.png");
        Files.writeString(target, "the old picture");
        AtomicBoolean cancelled = new AtomicBoolean();
        ExportMonitor cancelHalfway = new ExportMonitor() {
            @Override
            public void progress(double fraction) {
                if (fraction >= 0.5) {
                    cancelled.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        assertThatThrownBy(() -> new PngExporter(64).export(composition(300, 300, Rgba.WHITE), target,
                PngOptions.ofDpi(96), cancelHalfway)).isInstanceOf(CancellationException.class);
        assertThat(Files.readString(target)).isEqualTo("the old picture");
        assertThat(filesIn(folder)).containsExactly(target);
    }

    @Test
    void cancellingANewExportLeavesNoFile() throws IOException {
        Path target = folder.resolve("new.png");
        ExportMonitor cancelAtOnce = new ExportMonitor() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new PngExporter().export(composition(100, 100, Rgba.WHITE), target,
                PngOptions.ofDpi(96), cancelAtOnce)).isInstanceOf(CancellationException.class);
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void tooLargeAnImageIsRefusedWithItsSize() {
        Path target = folder.resolve("huge.png");
        assertThatThrownBy(() -> new PngExporter().export(composition(70_000, 100, Rgba.WHITE), target,
                PngOptions.ofDpi(96), ExportMonitor.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65535")
                .hasMessageContaining("70000 x 100");
        assertThat(target).doesNotExist();
    }

    private static Composition composition(int width, int height, Rgba background) {
        return new Composition(width, height, background, SHAPES, WORLD, List.of(CORNER_MARK));
    }

    private BufferedImage exportAndRead(PngExporter exporter, Composition composition) throws IOException {
        Path file = Files.createTempFile(folder, "export", ".png");
        exporter.export(composition, file, PngOptions.ofDpi(150).withText("Title", "Test"), ExportMonitor.NONE);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        return image;
    }

    /** The largest difference of any channel of any pixel. */
    private static int largestDifference(BufferedImage first, BufferedImage second) {
        assertThat(second.getWidth()).isEqualTo(first.getWidth());
        assertThat(second.getHeight()).isEqualTo(first.getHeight());
        int largest = 0;
        for (int y = 0; y < first.getHeight(); y++) {
            for (int x = 0; x < first.getWidth(); x++) {
                int a = first.getRGB(x, y);
                int b = second.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    largest = Math.max(largest, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
                }
            }
        }
        return largest;
    }

    private static int countInked(BufferedImage image) {
        int inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0) {
                    inked++;
                }
            }
        }
        return inked;
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
