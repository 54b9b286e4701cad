package app.parley.render.fx;

import app.parley.render.export.ExportMonitor;
import app.parley.render.paint.Composition;
import app.parley.render.paint.Drawing;
import app.parley.render.paint.Surface;
import app.parley.render.raster.PngOptions;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints how long PNG exports of a simple 400-node drawing take and how much heap they use. Not a test: run it with
 * {@code java -cp target/classes:target/test-classes:<dependencies> app.parley.render.fx.PngExportBenchmark [sizes]}.
 */
public final class PngExportBenchmark {

    private static final Bounds WORLD = new Bounds(0, 0, 1000, 1000);

    private PngExportBenchmark() {
    }

    /**
     * Exports one image per size given (default 8192 and 20000) into a temporary folder and prints the figures; the
     * files are deleted unless {@code -Dbench.keep=true}.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int[] sizes = args.length == 0 ? new int[] {8192, 20000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path folder = Files.createTempDirectory("parley-bench");
        System.out.println("Writing into " + folder);
        int status = 1;
        try {
            FxPlatform.start();
            export(folder.resolve("warmup.png"), 1024);
            for (int size : sizes) {
                export(folder.resolve("bench-" + size + ".png"), size);
            }
            status = 0;
        } finally {
            System.exit(status);
        }
    }

    private static void export(Path file, int size) throws IOException, InterruptedException {
        System.gc();
        resetPeaks();
        AtomicLong sampledPeak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            Runtime runtime = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                sampledPeak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Composition composition = new Composition(size, size, Rgba.WHITE, new Network(), WORLD, List.of());
        long start = System.nanoTime();
        new PngExporter().export(composition, file, PngOptions.ofDpi(300).withText("Software", "Parley"),
                ExportMonitor.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        System.out.printf(Locale.ROOT, "%dx%d: %.2f s, file %.1f MB, heap peak (sampled used) %d MB,"
                        + " sum of pool peaks %d MB, max heap %d MB%n", size, size, seconds, Files.size(file) / 1e6,
                sampledPeak.get() >> 20, poolPeaks() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        if (!Boolean.getBoolean("bench.keep")) {
            Files.delete(file);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** A 20 x 20 grid of labelled boxes joined by curves to their right and lower neighbours. */
    private static final class Network implements Drawing {

        private static final FontSpec LABEL = FontSpec.regular(9);
        private static final Stroke EDGE = Stroke.solid(Rgba.hex(0x7F7F7F), 1.2);
        private static final Stroke DASHED = new Stroke(Rgba.hex(0xD62728), 1, new double[] {4, 3});
        private static final Rgba[] FILLS = {Rgba.hex(0x1F77B4), Rgba.hex(0xFF7F0E), Rgba.hex(0x2CA02C)};

        @Override
        public Bounds bounds() {
            return WORLD;
        }

        @Override
        public void paint(Surface surface, Bounds visible, double scale) {
            for (int row = 0; row < 20; row++) {
                for (int column = 0; column < 20; column++) {
                    double x = 25 + column * 50;
                    double y = 25 + row * 50;
                    if (!visible.intersects(new Bounds(x - 30, y - 30, 110, 110))) {
                        continue;
                    }
                    if (column < 19) {
                        surface.strokeQuadCurve(x, y, x + 25, y - 15, x + 50, y, (row + column) % 5 == 0 ? DASHED : EDGE);
                    }
                    if (row < 19) {
                        surface.strokeLine(x, y, x, y + 50, EDGE);
                    }
                    surface.fillRoundRect(x - 20, y - 8, 40, 16, 6, FILLS[(row * 20 + column) % 3].withOpacity(0.85));
                    surface.strokeRoundRect(x - 20, y - 8, 40, 16, 6, Stroke.solid(Rgba.BLACK, 0.5));
                    surface.fillText("Kalın " + (row * 20 + column), x - 18, y + 3, LABEL, Rgba.WHITE);
                }
            }
        }
    }
}
