package app.parley.render.fx;

import app.parley.render.paint.ForwardingSurface;
import app.parley.render.paint.Surface;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import java.util.Arrays;

/**
 * Passes a full frame's painting on to the canvas and keeps a copy of its picture when that is one image of pixels
 * over the background (a sketch far out, or a big graph's links and boxes while it moves): the frame can then be kept
 * from that copy, without reading the canvas back. Anything else drawn (a shape, a name, a zone) leaves nothing kept.
 */
final class PixelKeeper extends ForwardingSurface {

    /** The transforms a composition sets before painting its drawing: to the tile, then to the world. */
    private static final int FRAME_TRANSFORMS = 2;

    private final Rgba background;
    private int transforms;
    private boolean other;
    private int[] argb;
    private int width;
    private int height;
    private Bounds world;

    /** Passes every call on to {@code delegate}, watching for one image over {@code background}. */
    PixelKeeper(Surface delegate, Rgba background) {
        super(delegate);
        this.background = background;
    }

    /** Whether the frame was painted as the background and one image, and nothing else. */
    boolean keptPixels() {
        return argb != null && !other;
    }

    /**
     * A copy of the image's pixels, premultiplied ARGB row by row; take it right after the frame is painted, before
     * the painter's buffers are used again.
     */
    int[] copyOfPixels() {
        return Arrays.copyOf(argb, width * height);
    }

    /** The image's width in pixels. */
    int width() {
        return width;
    }

    /** The image's height in pixels. */
    int height() {
        return height;
    }

    /** The world rectangle the image covers. */
    Bounds world() {
        return world;
    }

    @Override
    public void transform(double scale, double dx, double dy) {
        other |= ++transforms > FRAME_TRANSFORMS;
        super.transform(scale, dx, dy);
    }

    @Override
    public void setOpacity(double alpha) {
        other |= alpha != 1;
        super.setOpacity(alpha);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
        other |= !fill.equals(background) || transforms != 1 || argb != null;
        super.fillRect(x, y, w, h, fill);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgba fill) {
        other = true;
        super.fillRoundRect(x, y, w, h, arc, fill);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Stroke stroke) {
        other = true;
        super.strokeRoundRect(x, y, w, h, arc, stroke);
    }

    @Override
    public void fillOval(double x, double y, double w, double h, Rgba fill) {
        other = true;
        super.fillOval(x, y, w, h, fill);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h, Stroke stroke) {
        other = true;
        super.strokeOval(x, y, w, h, stroke);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        other = true;
        super.fillPolygon(xs, ys, fill);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Stroke stroke) {
        other = true;
        super.strokePolygon(xs, ys, stroke);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke) {
        other = true;
        super.strokeLine(x1, y1, x2, y2, stroke);
    }

    @Override
    public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2, Stroke stroke) {
        other = true;
        super.strokeQuadCurve(x1, y1, cx, cy, x2, y2, stroke);
    }

    @Override
    public void fillText(String text, double x, double baseline, FontSpec font, Rgba fill) {
        other = true;
        super.fillText(text, x, baseline, font, fill);
    }

    @Override
    public void drawPixels(int[] pixels, int pixelWidth, int pixelHeight, double x, double y, double w, double h) {
        other |= argb != null || transforms != FRAME_TRANSFORMS;
        argb = pixels;
        width = pixelWidth;
        height = pixelHeight;
        world = new Bounds(x, y, w, h);
        super.drawPixels(pixels, pixelWidth, pixelHeight, x, y, w, h);
    }

    @Override
    public void strokeLines(double[] xy, int count, Stroke stroke) {
        other = true;
        super.strokeLines(xy, count, stroke);
    }

    @Override
    public void strokeQuadCurves(double[] xy, int count, Stroke stroke) {
        other = true;
        super.strokeQuadCurves(xy, count, stroke);
    }

    @Override
    public void fillTriangles(double[] xy, int count, Rgba fill) {
        other = true;
        super.fillTriangles(xy, count, fill);
    }

    @Override
    public void fillRects(double[] xywh, int count, Rgba fill) {
        other = true;
        super.fillRects(xywh, count, fill);
    }
}
