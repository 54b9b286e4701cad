package app.parley.render.raster;

import java.util.function.Supplier;

/**
 * Runs raster work on the calling thread alone, without the helper threads that share a big raster's rows: for work
 * in the background (a frame painted ahead), which must not hold up the helpers the screen's own frames wait for.
 */
public final class RasterAlone {

    private static final ThreadLocal<Boolean> ALONE = ThreadLocal.withInitial(() -> false);

    private RasterAlone() {
    }

    /** Does {@code work}, every raster it inks inked on this thread only, and returns its result. */
    public static <T> T run(Supplier<T> work) {
        boolean before = ALONE.get();
        ALONE.set(true);
        try {
            return work.get();
        } finally {
            ALONE.set(before);
        }
    }

    /** Whether the calling thread inks its rasters alone. */
    static boolean alone() {
        return ALONE.get();
    }
}
