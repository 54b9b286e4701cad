package app.parley.render.raster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Splits the rows of a raster into horizontal bands and works on them on several threads at once, the calling thread
 * taking the first band. Each band writes only its own rows, so the bands need no locking.
 */
final class RasterBands {

    /** The task for the rows {@code from} (inclusive) to {@code to} (exclusive). */
    interface Band {
        /** Works on the rows {@code from} to {@code to}. */
        void rows(int from, int to);
    }

    /** Rows are split into at most this many bands. */
    private static final int BANDS = Math.min(4, Runtime.getRuntime().availableProcessors());
    private static final int MIN_BAND_ROWS = 64;
    /** The threads that work on the bands other than the calling thread's own. */
    private static final ExecutorService HELPERS = Executors.newFixedThreadPool(Math.max(1, BANDS - 1), runnable -> {
        Thread thread = new Thread(runnable, "parley-raster");
        thread.setDaemon(true);
        return thread;
    });

    private RasterBands() {
    }

    /**
     * Runs {@code band} over {@code height} rows: in one piece on this thread when {@code parallel} is false, the
     * raster is too short to split or the thread works {@linkplain RasterAlone alone}, otherwise in bands on several
     * threads; returns when every band is done.
     */
    static void run(int height, boolean parallel, Band band) {
        int bands = Math.min(BANDS, Math.max(1, height / MIN_BAND_ROWS));
        if (!parallel || bands == 1 || RasterAlone.alone()) {
            band.rows(0, height);
            return;
        }
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int b = 1; b < bands; b++) {
            int from = height * b / bands;
            int to = height * (b + 1) / bands;
            others.add(CompletableFuture.runAsync(() -> band.rows(from, to), HELPERS));
        }
        band.rows(0, height / bands);
        others.forEach(CompletableFuture::join);
    }
}
