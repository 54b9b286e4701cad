package app.parley.render.fx;

import app.parley.render.paint.Composition;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.Overlay;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.Rgba;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

/**
 * Paints the frames of a graph view onto its canvas as map viewers do. A big graph's full frame is kept as an image
 * (the graph and its background, without the overlays); while the view is panned or zoomed, each frame draws that
 * image moved and scaled to where the graph now lies, paints only the strips at the edges it does not cover (as a
 * moving view paints them), and puts the overlays on top. When the view has moved too far from the kept frame (zoomed
 * in or out twofold, or a good part of the window uncovered) or its level of detail changes, the frame is painted in
 * full and kept in its place. A still view is always painted in full; small graphs are painted in full every frame.
 * The window and the bench paint through this class, so the frame times the bench prints are those the window shows.
 * Use it on the JavaFX thread only.
 */
public final class MotionFrames {

    /** How a frame was painted. */
    public enum Kind {
        /** Painted in full, as it always is for a small graph. */
        FULL,
        /** Painted in full and kept to draw the next moving frames from. */
        KEPT,
        /** Drawn from the kept frame, with the strips it did not cover. */
        REUSED
    }

    /** The most a kept frame is scaled up or down before a frame is painted in full again. */
    static final double MAX_ZOOM_CHANGE = 2;
    /** The largest share of the window that may be left for strips before a frame is painted in full again. */
    static final double MAX_UNCOVERED = 0.6;

    private final FrameImages images = new FrameImages();
    private WritableImage kept;
    private Composition keptFrame;
    private GraphDrawing keptDrawing;
    private boolean keptSketched;
    /** Device pixels per output pixel of the kept image. */
    private double keptRenderScale = 1;

    /**
     * Paints a frame of {@code drawing} seen through {@code window} (a world rectangle, fitted and centred) onto
     * {@code canvas}, over {@code background} and under {@code overlays}; {@code moving} while the view is being
     * panned or zoomed. Returns how the frame was painted.
     */
    public Kind paint(Canvas canvas, GraphDrawing drawing, Rgba background, Bounds window, List<Overlay> overlays,
                      boolean moving) {
        int width = (int) Math.floor(canvas.getWidth());
        int height = (int) Math.floor(canvas.getHeight());
        if (width < 1 || height < 1) {
            return Kind.FULL;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        FxSurface surface = new FxSurface(gc, images, true);
        Bounds tile = new Bounds(0, 0, width, height);
        GraphDrawing shown = moving ? drawing.inMotion() : drawing;
        if (!drawing.isBig()) {
            forget();
            new Composition(width, height, background, shown, window, overlays).paintTile(surface, tile);
            return Kind.FULL;
        }
        Composition frame = new Composition(width, height, background, shown, window, List.of());
        if (moving && reuses(frame, drawing, background)) {
            drawFromKept(surface, gc, frame);
            paintOverlays(surface, overlays, width, height);
            return Kind.REUSED;
        }
        frame.paintTile(surface, tile);
        keep(canvas, frame, drawing);
        paintOverlays(surface, overlays, width, height);
        return Kind.KEPT;
    }

    /** Lets go of the kept frame, so that the next one is painted in full. */
    public void forget() {
        kept = null;
        keptFrame = null;
        keptDrawing = null;
    }

    private static void paintOverlays(FxSurface surface, List<Overlay> overlays, int width, int height) {
        for (Overlay overlay : overlays) {
            surface.save();
            overlay.paint(surface, width, height);
            surface.restore();
        }
    }

    /** Whether {@code frame} can be drawn from the kept frame. */
    private boolean reuses(Composition frame, GraphDrawing drawing, Rgba background) {
        if (keptFrame == null || keptDrawing != drawing || !keptFrame.background().equals(background)
                || keptFrame.width() != frame.width() || keptFrame.height() != frame.height()
                || drawing.sketches(frame.scale()) != keptSketched) {
            return false;
        }
        double change = frame.scale() / keptFrame.scale();
        if (change > MAX_ZOOM_CHANGE || change < 1 / MAX_ZOOM_CHANGE) {
            return false;
        }
        Bounds covered = placement(frame);
        double coveredWidth = Math.max(0, Math.min(frame.width(), covered.maxX()) - Math.max(0, covered.x()));
        double coveredHeight = Math.max(0, Math.min(frame.height(), covered.maxY()) - Math.max(0, covered.y()));
        return 1 - coveredWidth * coveredHeight / (frame.width() * (double) frame.height()) <= MAX_UNCOVERED;
    }

    /** Where the kept frame lies in {@code frame}, in output pixels. */
    Bounds placement(Composition frame) {
        double change = frame.scale() / keptFrame.scale();
        return new Bounds(frame.offsetX() - keptFrame.offsetX() * change, frame.offsetY() - keptFrame.offsetY() * change,
                keptFrame.width() * change, keptFrame.height() * change);
    }

    /**
     * Paints the strips of {@code frame} the kept frame does not cover, then the kept frame over the rest: a pure pan
     * by whole device pixels puts every kept pixel where the full frame would paint it.
     */
    private void drawFromKept(FxSurface surface, GraphicsContext gc, Composition frame) {
        Bounds placed = placement(frame);
        double change = placed.width() / keptFrame.width();
        boolean pan = Math.abs(change - 1) < 1e-9;
        double device = keptRenderScale;
        double x = pan ? Math.round(placed.x() * device) / device : placed.x();
        double y = pan ? Math.round(placed.y() * device) / device : placed.y();
        placed = new Bounds(x, y, kept.getWidth() / device * change, kept.getHeight() / device * change);
        for (Bounds strip : strips(placed, frame.width(), frame.height())) {
            surface.save();
            surface.transform(1, strip.x(), strip.y());
            frame.paintTile(surface, strip);
            surface.restore();
        }
        gc.save();
        gc.setImageSmoothing(false);
        gc.drawImage(kept, 0, 0, kept.getWidth(), kept.getHeight(), placed.x(), placed.y(), placed.width(),
                placed.height());
        gc.restore();
    }

    /** Keeps what the canvas shows now, the graph of {@code frame} before any overlay, at the screen's pixel density. */
    private void keep(Canvas canvas, Composition frame, GraphDrawing drawing) {
        double renderScale = canvas.getScene() != null && canvas.getScene().getWindow() != null
                ? Math.max(1, canvas.getScene().getWindow().getRenderScaleX()) : 1;
        keptRenderScale = renderScale;
        int width = (int) Math.ceil(frame.width() * renderScale);
        int height = (int) Math.ceil(frame.height() * renderScale);
        if (kept == null || (int) kept.getWidth() != width || (int) kept.getHeight() != height) {
            kept = new WritableImage(width, height);
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(renderScale, renderScale));
        parameters.setViewport(new Rectangle2D(0, 0, width, height));
        canvas.snapshot(parameters, kept);
        keptFrame = frame;
        keptDrawing = drawing;
        keptSketched = drawing.sketches(frame.scale());
    }

    /**
     * The rectangles of a {@code width} x {@code height} frame outside {@code covered}, starting on even pixels (where
     * the half-resolution pixels of a moving view start, so that the strips' pixels match the whole frame's) and
     * reaching a pixel or two under it so that no seam shows: a band above, one below, and the two sides between them.
     */
    static List<Bounds> strips(Bounds covered, int width, int height) {
        int left = (int) Math.max(0, Math.min(width, even(Math.ceil(covered.x()) + 1, true)));
        int right = (int) Math.max(0, Math.min(width, even(Math.floor(covered.maxX()) - 1, false)));
        int top = (int) Math.max(0, Math.min(height, even(Math.ceil(covered.y()) + 1, true)));
        int bottom = (int) Math.max(0, Math.min(height, even(Math.floor(covered.maxY()) - 1, false)));
        List<Bounds> strips = new ArrayList<>(4);
        if (right <= left || bottom <= top) {
            strips.add(new Bounds(0, 0, width, height));
            return strips;
        }
        if (top > 0) {
            strips.add(new Bounds(0, 0, width, top));
        }
        if (bottom < height) {
            strips.add(new Bounds(0, bottom, width, height - bottom));
        }
        if (left > 0) {
            strips.add(new Bounds(0, top, left, bottom - top));
        }
        if (right < width) {
            strips.add(new Bounds(right, top, width - right, bottom - top));
        }
        return strips;
    }

    /** {@code pixel} (a whole number) rounded to an even number, {@code up} or down. */
    private static double even(double pixel, boolean up) {
        double half = pixel / 2;
        return 2 * (up ? Math.ceil(half) : Math.floor(half));
    }
}
