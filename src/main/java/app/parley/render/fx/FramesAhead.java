package app.parley.render.fx;

import app.parley.render.paint.Composition;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.PixelFrame;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Moving frames of a big graph painted ahead, one at a time, on a thread of their own, as a map viewer fills the tiles
 * of where the view is going while it shows the coarser ones it has: {@link MotionFrames} asks for a frame when the one
 * it keeps grows stale and takes it once painted. Use it on the JavaFX thread only (the painting runs on its
 * executor).
 */
final class FramesAhead {

    /** Paints frames ahead on a thread of its own, which ends when idle. */
    static final Executor PAINTER = new ThreadPoolExecutor(0, 1, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            runnable -> {
                Thread thread = new Thread(runnable, "parley-frames-ahead");
                thread.setDaemon(true);
                return thread;
            });

    private static final System.Logger LOG = System.getLogger(FramesAhead.class.getName());

    /**
     * A frame painted ahead.
     *
     * @param frame      the frame asked for (its drawing moving)
     * @param source     the drawing whose moving frame it is
     * @param pixels     its pixels and names; empty when it draws more than that
     * @param generation the kept frame's generation when it was asked for
     */
    record Ready(Composition frame, GraphDrawing source, Optional<PixelFrame> pixels, long generation) {
    }

    private final Executor executor;
    private CompletableFuture<Ready> painting;
    private int asked;
    private final AtomicLong nanos = new AtomicLong();

    /** Frames painted on {@code executor}; none painted ahead when it is {@code null}. */
    FramesAhead(Executor executor) {
        this.executor = executor;
    }

    /** Whether a frame asked for is still being painted. */
    boolean busy() {
        return painting != null && !painting.isDone();
    }

    /**
     * Starts painting {@code frame}, a moving frame of {@code source}, unless a frame is being painted or waits to be
     * taken, or none is painted ahead.
     */
    void ask(Composition frame, GraphDrawing source, long generation) {
        if (painting != null || executor == null) {
            return;
        }
        asked++;
        AtomicLong spent = nanos;
        painting = CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            Ready ready = new Ready(frame, source, PixelFrame.of(frame), generation);
            spent.addAndGet(System.nanoTime() - start);
            return ready;
        }, executor).exceptionally(failure -> {
            LOG.log(System.Logger.Level.WARNING, "A frame painted ahead failed", failure);
            return new Ready(frame, source, Optional.empty(), generation);
        });
    }

    /** The frame asked for, once it is painted (then it is taken); {@code null} before, or when none was asked for. */
    Ready take() {
        if (painting == null || !painting.isDone()) {
            return null;
        }
        Ready ready = painting.join();
        painting = null;
        return ready;
    }

    /** How many frames were asked for since this object was made. */
    int asked() {
        return asked;
    }

    /** The time spent painting them on their thread, in milliseconds. */
    double paintingMillis() {
        return nanos.get() / 1e6;
    }

    /** Drops the frame being painted, if any: it is let go when done. */
    void forget() {
        painting = null;
    }
}
