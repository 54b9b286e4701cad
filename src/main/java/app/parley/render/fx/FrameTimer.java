package app.parley.render.fx;

import app.parley.render.Bounds;
import app.parley.render.Composition;
import app.parley.render.Drawing;
import app.parley.render.Overlay;
import app.parley.render.Rgba;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/**
 * Times frames of a drawing as the window paints them: each view is composed and painted onto a canvas of the
 * window's size with {@link FxSurface}, then rendered to pixels (a snapshot, which makes JavaFX rasterize what was
 * painted). Runs on the JavaFX thread, one frame per turn, headless when there is no display.
 */
public final class FrameTimer {

    /**
     * The cost of one frame.
     *
     * @param paintMillis  issuing the drawing commands
     * @param renderMillis rasterizing them into the canvas's pixels
     */
    public record Frame(double paintMillis, double renderMillis) {

        /** Painting and rendering together. */
        public double totalMillis() {
            return paintMillis + renderMillis;
        }
    }

    private final int width;
    private final int height;
    private Canvas canvas;
    private WritableImage image;

    /** A timer for a window of {@code width} x {@code height} pixels. */
    public FrameTimer(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("The window needs a positive size");
        }
        this.width = width;
        this.height = height;
    }

    /** Paints {@code drawing} through each of {@code views} (world rectangles) and times every frame. */
    public List<Frame> time(Drawing drawing, Rgba background, List<Overlay> overlays, List<Bounds> views) {
        List<Frame> frames = new ArrayList<>(views.size());
        for (Bounds view : views) {
            Composition composition = new Composition(width, height, background, drawing, view, overlays);
            frames.add(FxPlatform.call(() -> frame(composition)));
        }
        return frames;
    }

    private Frame frame(Composition composition) {
        if (canvas == null) {
            canvas = new Canvas(width, height);
            image = new WritableImage(width, height);
        }
        long start = System.nanoTime();
        var gc = canvas.getGraphicsContext2D();
        gc.save();
        composition.paintTile(FxSurface.forScreen(gc), new Bounds(0, 0, width, height));
        gc.restore();
        long painted = System.nanoTime();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setViewport(new Rectangle2D(0, 0, width, height));
        canvas.snapshot(parameters, image);
        long rendered = System.nanoTime();
        return new Frame((painted - start) / 1e6, (rendered - painted) / 1e6);
    }
}
