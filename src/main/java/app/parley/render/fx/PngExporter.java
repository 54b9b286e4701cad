package app.parley.render.fx;

import app.parley.io.AtomicFiles;
import app.parley.render.export.ExportMonitor;
import app.parley.render.paint.Composition;
import app.parley.render.raster.PngOptions;
import app.parley.render.raster.PngStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Renders a composition to a PNG file of any size up to {@value #MAX_SIDE} pixels a side. JavaFX paints one band of
 * tiles at a time on its own thread while the band before is filtered and compressed by {@link PngStreamWriter}'s
 * workers, so memory stays bounded (two bands of at most 8 M pixels, fewer in a small heap) and every core works. The file is replaced
 * atomically: a failed or cancelled export leaves an existing file untouched. Call it from a background thread; on
 * the JavaFX thread it works but holds the window until done.
 */
public final class PngExporter {

    /** The largest width or height accepted, in pixels. */
    public static final int MAX_SIDE = 65535;

    private static final int DEFAULT_TILE_SIZE = 2048;
    private static final int MAX_BAND_PIXELS = 8 << 20;
    private static final int MIN_BAND_PIXELS = 1 << 20;

    private final int tileSize;
    private final AtomicLong tilesRendered = new AtomicLong();

    /** An exporter with tiles of 2048 pixels. */
    public PngExporter() {
        this(DEFAULT_TILE_SIZE);
    }

    /** An exporter with square tiles of {@code tileSize} pixels, for tests of the tiling. */
    PngExporter(int tileSize) {
        if (tileSize <= 0) {
            throw new IllegalArgumentException("Tile size must be positive");
        }
        this.tileSize = tileSize;
    }

    /**
     * Writes {@code composition} at its full pixel size to {@code target}.
     *
     * @throws IllegalArgumentException if the image is larger than {@value #MAX_SIDE} pixels a side
     * @throws CancellationException    if {@code monitor} cancelled; the partial file is deleted
     * @throws IOException              if the file cannot be written
     */
    public void export(Composition composition, Path target, PngOptions options, ExportMonitor monitor)
            throws IOException {
        checkSize(composition);
        AtomicFiles.replace(target, out -> write(composition, out, options, monitor));
    }

    /** How many tiles this exporter has rendered so far, for tests of the tiling. */
    long tilesRendered() {
        return tilesRendered.get();
    }

    /** Fails with a clear message when the composition is too large to export. */
    public static void checkSize(Composition composition) {
        if (composition.width() > MAX_SIDE || composition.height() > MAX_SIDE) {
            throw new IllegalArgumentException("A PNG export can be at most " + MAX_SIDE + " x " + MAX_SIDE
                    + " pixels; " + composition.width() + " x " + composition.height() + " was requested");
        }
    }

    private void write(Composition composition, OutputStream out, PngOptions options, ExportMonitor monitor)
            throws IOException {
        int width = composition.width();
        int height = composition.height();
        int bandHeight = Math.min(height, Math.min(tileSize, Math.max(1, bandPixels() / width)));
        int tileWidth = Math.min(width, tileSize);
        int bands = (height + bandHeight - 1) / bandHeight;
        monitor.progress(0);
        CanvasTileRenderer renderer = FxPlatform.call(() -> new CanvasTileRenderer(composition, tileWidth, bandHeight));
        int[][] buffers = {new int[width * bandHeight], bands > 1 ? new int[width * bandHeight] : null};
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        List<Future<Void>> pending = submitBand(renderer, composition, 0, bandHeight, tileWidth, buffers[0], monitor);
        try (PngStreamWriter png = new PngStreamWriter(buffered, width, height, options)) {
            for (int band = 0; band < bands; band++) {
                awaitAll(pending);
                checkCancelled(monitor);
                int[] rows = buffers[band % 2];
                pending = band + 1 < bands
                        ? submitBand(renderer, composition, band + 1, bandHeight, tileWidth, buffers[(band + 1) % 2],
                                monitor)
                        : List.of();
                int top = band * bandHeight;
                png.writeRows(rows, 0, width, Math.min(bandHeight, height - top));
                monitor.progress((band + 1) / (double) bands);
            }
        } finally {
            pending.forEach(future -> future.cancel(false));
        }
        buffered.flush();
    }

    /** Pixels per band: 8 M (two bands take 64 MB), fewer when the heap is small (a 32nd of it each, 1 M at least). */
    private static int bandPixels() {
        long share = Runtime.getRuntime().maxMemory() / 32 / Integer.BYTES;
        return (int) Math.max(MIN_BAND_PIXELS, Math.min(MAX_BAND_PIXELS, share));
    }

    private List<Future<Void>> submitBand(CanvasTileRenderer renderer, Composition composition, int band,
                                                 int bandHeight, int tileWidth, int[] target, ExportMonitor monitor) {
        int width = composition.width();
        int top = band * bandHeight;
        int rows = Math.min(bandHeight, composition.height() - top);
        List<Future<Void>> futures = new ArrayList<>();
        for (int left = 0; left < width; left += tileWidth) {
            int x = left;
            int columns = Math.min(tileWidth, width - left);
            futures.add(FxPlatform.submit(() -> {
                if (!monitor.isCancelled()) {
                    renderer.render(x, top, columns, rows, target, x, width);
                    tilesRendered.incrementAndGet();
                }
                return null;
            }));
        }
        return futures;
    }

    private static void awaitAll(List<Future<Void>> futures) {
        for (Future<Void> future : futures) {
            FxPlatform.await(future);
        }
    }

    private static void checkCancelled(ExportMonitor monitor) {
        if (monitor.isCancelled()) {
            throw new CancellationException("PNG export cancelled");
        }
    }
}
