package app.parley.render.fx;

import app.parley.render.paint.Composition;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.SketchOverview;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.Rgba;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The {@link SketchOverview} of the drawing a view shows, built off the JavaFX thread and kept as images to draw moving
 * frames from. Asking for the overview of a new drawing starts building it and lets go of the old one; until it is
 * built there is none. Use it on the JavaFX thread only (the building runs on its executor).
 */
final class OverviewImages {

    /**
     * How much a level is scaled up, at most, to fill a moving frame: a little more than a moving sketch's own pixels
     * are (it is drawn at half resolution, each of its pixels twice as wide), as a map viewer shows a coarser tile
     * until the view stops.
     */
    static final double MAX_UPSCALE = 2.5;
    /**
     * How much a level is scaled up, at most, to fill a moving frame that the kept frame does not cover (drawn over the
     * level where it lies): the coarse band at the window's edges a map viewer shows, rather than strips of the graph
     * sketched on the JavaFX thread or a frame painted in full (at 100,000 actors they took 20–60 ms where the bench's
     * zoom out passes from the kept frames to the overview).
     */
    static final double MAX_UPSCALE_UNCOVERED = 5;

    /** Builds overviews one after another on a thread of their own, which ends when idle (and its buffers go). */
    static final Executor BUILDER = new ThreadPoolExecutor(0, 1, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            runnable -> {
                Thread thread = new Thread(runnable, "parley-overview");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });

    /** A level and the image showing its pixels. */
    record Shown(SketchOverview.Level level, WritableImage image) {
    }

    private final Executor executor;
    private GraphDrawing drawing;
    private Rgba background;
    private CompletableFuture<List<SketchOverview.Level>> building = CompletableFuture.completedFuture(List.of());
    private AtomicBoolean cancelled = new AtomicBoolean();
    private List<Shown> shown;

    /** Overviews built on {@code executor}. */
    OverviewImages(Executor executor) {
        this.executor = executor;
    }

    /**
     * Starts building the overview of {@code drawing} over {@code background} unless it is built or being built
     * already; an overview of another drawing is let go.
     */
    void request(GraphDrawing newDrawing, Rgba newBackground) {
        if (newDrawing == drawing && newBackground.equals(background)) {
            return;
        }
        cancelled.set(true);
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        drawing = newDrawing;
        background = newBackground;
        shown = null;
        building = CompletableFuture.supplyAsync(() -> build(newDrawing, newBackground, stop), executor);
    }

    /** The overview's levels; then the scene's long curves are filed for the small queries of moving frames. */
    private static List<SketchOverview.Level> build(GraphDrawing drawing, Rgba background, AtomicBoolean stop) {
        List<SketchOverview.Level> levels = SketchOverview.levels(drawing, background, stop::get);
        if (!stop.get()) {
            drawing.scene().fileLongCurves();
        }
        return levels;
    }

    /** Completes when the overview asked for last has been built (or could not be). */
    CompletableFuture<?> built() {
        return building.handle((levels, failure) -> levels);
    }

    /** Lets go of the overview and stops building it. */
    void forget() {
        cancelled.set(true);
        drawing = null;
        background = null;
        shown = null;
        building = CompletableFuture.completedFuture(List.of());
    }

    /**
     * The level to draw {@code frame} of {@code frameDrawing} from: the finest that is not finer than the frame, when
     * it is scaled up less than {@code maxUpscale}-fold (levels are drawn pixel for pixel, without smoothing, which
     * the software renderer does several times faster, and a level scaled down would lose lines); {@code null} when
     * the overview is not built, shows another drawing or background, no level fits, or the frame is not a sketch.
     */
    Shown levelFor(Composition frame, GraphDrawing frameDrawing, double maxUpscale) {
        if (frameDrawing != drawing || !frame.background().equals(background) || !adopted()
                || !frameDrawing.sketches(frame.scale())) {
            return null;
        }
        Shown fitting = null;
        for (Shown level : shown) {
            if (level.level().scale() <= frame.scale() * (1 + 1e-9)) {
                fitting = level;
            }
        }
        return fitting != null && frame.scale() < fitting.level().scale() * maxUpscale ? fitting : null;
    }

    /** Draws {@code level} where its world lies in {@code frame}, only the part in the window, over the background. */
    static void draw(GraphicsContext gc, Composition frame, Shown level) {
        gc.setFill(FxSurface.color(frame.background()));
        gc.fillRect(0, 0, frame.width(), frame.height());
        Bounds world = level.level().world();
        double scale = frame.scale();
        double left = world.x() * scale + frame.offsetX();
        double top = world.y() * scale + frame.offsetY();
        double perPixel = world.width() * scale / level.level().width();
        double x0 = Math.max(0, Math.floor(-left / perPixel));
        double y0 = Math.max(0, Math.floor(-top / perPixel));
        double x1 = Math.min(level.level().width(), Math.ceil((frame.width() - left) / perPixel));
        double y1 = Math.min(level.level().height(), Math.ceil((frame.height() - top) / perPixel));
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        gc.save();
        gc.setImageSmoothing(false);
        gc.drawImage(level.image(), x0, y0, x1 - x0, y1 - y0, left + x0 * perPixel, top + y0 * perPixel,
                (x1 - x0) * perPixel, (y1 - y0) * perPixel);
        gc.restore();
    }

    private boolean adopted() {
        if (shown != null) {
            return !shown.isEmpty();
        }
        if (!building.isDone() || building.isCompletedExceptionally()) {
            return false;
        }
        List<Shown> images = new ArrayList<>();
        for (SketchOverview.Level level : building.join()) {
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(level.width(), level.height(),
                    IntBuffer.wrap(level.argb()), PixelFormat.getIntArgbPreInstance());
            images.add(new Shown(level, new WritableImage(buffer)));
        }
        shown = List.copyOf(images);
        return !shown.isEmpty();
    }
}
