package app.parley.render.fx;

import app.parley.render.paint.Composition;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.Overlay;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.Rgba;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/**
 * Times frames of a drawing as the window paints them: each view is painted onto a canvas of the window's size by
 * {@link MotionFrames}, as the window paints it (a big graph's moving frames drawn from its last full frame where they
 * can be), then rendered to pixels (a snapshot, which makes JavaFX rasterize what was painted). Runs on
 * the JavaFX thread, one frame per turn, headless when there is no display.
 */
public final class FrameTimer {

    /**
     * The cost of one frame.
     *
     * @param paintMillis  issuing the drawing commands (and keeping the frame, when it is kept)
     * @param renderMillis rasterizing them into the canvas's pixels
     * @param kind         how the frame was painted
     */
    public record Frame(double paintMillis, double renderMillis, MotionFrames.Kind kind) {

        /** Painting and rendering together. */
        public double totalMillis() {
            return paintMillis + renderMillis;
        }
    }

    /**
     * What the thread that paints moving frames ahead did.
     *
     * @param asked   frames asked to be painted ahead
     * @param adopted frames painted ahead that moving frames were then drawn from
     * @param millis  the time painting them took on that thread
     */
    public record Ahead(int asked, int adopted, double millis) {

        /** What was done since {@code before}. */
        public Ahead since(Ahead before) {
            return new Ahead(asked - before.asked, adopted - before.adopted, millis - before.millis);
        }
    }

    /** A frame every 1/60 s, as a screen refreshes. */
    public static final long FRAME_NANOS = 1_000_000_000L / 60;

    /** Pixels read back beyond a patched frame's patch on each side (the patch itself reaches three beyond). */
    private static final int READBACK_MARGIN = 4;

    private final int width;
    private final int height;
    private final MotionFrames frames = new MotionFrames();
    private final boolean paced;
    private Canvas canvas;
    private WritableImage image;

    /** A timer for a window of {@code width} x {@code height} pixels, painting frames back to back. */
    public FrameTimer(int width, int height) {
        this(width, height, false);
    }

    /**
     * A timer for a window of {@code width} x {@code height} pixels; {@code paced}, moving frames start at most one
     * every {@link #FRAME_NANOS} (the next one at once when a frame takes longer), as a screen asks for them, so that
     * the threads that work for the view in the background get the time between frames they get in a window.
     */
    public FrameTimer(int width, int height, boolean paced) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("The window needs a positive size");
        }
        this.width = width;
        this.height = height;
        this.paced = paced;
    }

    /** How many names the moving frames composed in Java have rasterized so far. */
    public int namesRasterized() {
        return FxPlatform.call(frames::namesRasterized);
    }

    /** Lets go of the names' pixels kept so far, so that the next frames rasterize every name they draw again. */
    public void forgetNamePixels() {
        FxPlatform.run(frames::forgetNamePixels);
    }

    /** What the thread that paints moving frames ahead has done so far. */
    public Ahead ahead() {
        return FxPlatform.call(() -> new Ahead(frames.framesAsked(), frames.framesAdopted(), frames.aheadMillis()));
    }

    /**
     * Paints {@code drawing} through each of {@code views} (world rectangles) and times every frame: still frames, or
     * frames of a view being panned and zoomed ({@code moving}) that starts from a still frame of the first view, as a
     * user starts to move a view they have been looking at (that frame is not timed), once the overview that still
     * frame started building is built, as it is while a user looks at a big map before moving it.
     */
    public List<Frame> time(GraphDrawing drawing, Rgba background, List<Overlay> overlays, List<Bounds> views,
                            boolean moving) {
        List<Frame> timed = new ArrayList<>(views.size());
        if (moving && !views.isEmpty()) {
            FxPlatform.call(() -> frame(drawing, background, overlays, views.get(0), false));
            FxPlatform.call(frames::overviewBuilt).join();
        }
        long next = System.nanoTime();
        for (Bounds view : views) {
            if (paced && moving) {
                waitUntil(next);
                next = Math.max(next + FRAME_NANOS, System.nanoTime());
            }
            timed.add(FxPlatform.call(() -> frame(drawing, background, overlays, view, moving)));
        }
        return timed;
    }

    /** Waits on the clock until {@code deadline} (a {@link System#nanoTime()}), the JavaFX thread left free. */
    private static void waitUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /**
     * Times one frame painted as the window paints it after an edit of the map: only where the drawing changed (the
     * world rectangle {@code changed}), over the still frame of {@code view} painted last by this timer. Everything
     * painted is rasterized; only the patched pixels are read back.
     */
    public Frame timeRepaint(GraphDrawing drawing, Rgba background, List<Overlay> overlays, Bounds view,
                             Bounds changed) {
        return FxPlatform.call(() -> {
            if (canvas == null) {
                return frame(drawing, background, overlays, view, false);
            }
            long start = System.nanoTime();
            MotionFrames.Kind kind = frames.repaint(canvas, drawing, background, view, overlays, changed);
            long painted = System.nanoTime();
            Rectangle2D patch = kind == MotionFrames.Kind.PATCHED ? patchOf(drawing, background, view, changed)
                    : new Rectangle2D(0, 0, width, height);
            return new Frame((painted - start) / 1e6, patch == null ? 0 : render(patch), kind);
        });
    }

    /**
     * The pixels a patched frame changed: the world rectangle {@code changed} with the reach of strokes, in the
     * canvas, a few pixels wider than the patch; {@code null} when it is off the canvas. Only those are read back (the
     * window reads nothing back; the read makes JavaFX rasterize what was painted).
     */
    private Rectangle2D patchOf(GraphDrawing drawing, Rgba background, Bounds view, Bounds changed) {
        Composition frame = new Composition(width, height, background, drawing, view, List.of());
        double scale = frame.scale();
        Bounds world = changed.inflate(drawing.reach(scale));
        int left = Math.max(0, (int) Math.floor(world.x() * scale + frame.offsetX()) - READBACK_MARGIN);
        int top = Math.max(0, (int) Math.floor(world.y() * scale + frame.offsetY()) - READBACK_MARGIN);
        int right = Math.min(width, (int) Math.ceil(world.maxX() * scale + frame.offsetX()) + READBACK_MARGIN);
        int bottom = Math.min(height, (int) Math.ceil(world.maxY() * scale + frame.offsetY()) + READBACK_MARGIN);
        return right <= left || bottom <= top ? null : new Rectangle2D(left, top, right - left, bottom - top);
    }

    private double render() {
        return render(new Rectangle2D(0, 0, width, height));
    }

    /** Renders the canvas's pixels in {@code viewport} (JavaFX rasterizes what was painted) and reads them back. */
    private double render(Rectangle2D viewport) {
        long start = System.nanoTime();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setViewport(viewport);
        canvas.snapshot(parameters, image);
        return (System.nanoTime() - start) / 1e6;
    }

    private Frame frame(GraphDrawing drawing, Rgba background, List<Overlay> overlays, Bounds view, boolean moving) {
        if (canvas == null) {
            canvas = new Canvas(width, height);
            image = new WritableImage(width, height);
        }
        long start = System.nanoTime();
        MotionFrames.Kind kind = frames.paint(canvas, drawing, background, view, overlays, moving);
        long painted = System.nanoTime();
        return new Frame((painted - start) / 1e6, render(), kind);
    }
}
