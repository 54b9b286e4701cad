package app.parley.render.paint;

import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import java.util.Objects;

/** A surface that passes every call on to another one; subclasses change only the calls they are about. */
public abstract class ForwardingSurface implements Surface {

    private final Surface delegate;

    /** Passes every call on to {@code delegate}. */
    protected ForwardingSurface(Surface delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** The surface calls are passed on to. */
    protected final Surface delegate() {
        return delegate;
    }

    @Override
    public void save() {
        delegate.save();
    }

    @Override
    public void restore() {
        delegate.restore();
    }

    @Override
    public void transform(double scale, double dx, double dy) {
        delegate.transform(scale, dx, dy);
    }

    @Override
    public void setOpacity(double alpha) {
        delegate.setOpacity(alpha);
    }

    @Override
    public void beginGroup(String id, String styleClass) {
        delegate.beginGroup(id, styleClass);
    }

    @Override
    public void endGroup() {
        delegate.endGroup();
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba fill) {
        delegate.fillRect(x, y, width, height, fill);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, Rgba fill) {
        delegate.fillRoundRect(x, y, width, height, arc, fill);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, Stroke stroke) {
        delegate.strokeRoundRect(x, y, width, height, arc, stroke);
    }

    @Override
    public void fillOval(double x, double y, double width, double height, Rgba fill) {
        delegate.fillOval(x, y, width, height, fill);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, Stroke stroke) {
        delegate.strokeOval(x, y, width, height, stroke);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        delegate.fillPolygon(xs, ys, fill);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Stroke stroke) {
        delegate.strokePolygon(xs, ys, stroke);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke) {
        delegate.strokeLine(x1, y1, x2, y2, stroke);
    }

    @Override
    public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2, Stroke stroke) {
        delegate.strokeQuadCurve(x1, y1, cx, cy, x2, y2, stroke);
    }

    @Override
    public void fillText(String text, double x, double baseline, FontSpec font, Rgba fill) {
        delegate.fillText(text, x, baseline, font, fill);
    }

    @Override
    public boolean prefersPixelSketches() {
        return delegate.prefersPixelSketches();
    }

    @Override
    public boolean drawsScreenFrames() {
        return delegate.drawsScreenFrames();
    }

    @Override
    public void drawPixels(int[] argb, int width, int height, double x, double y, double w, double h) {
        delegate.drawPixels(argb, width, height, x, y, w, h);
    }

    @Override
    public void strokeLines(double[] xy, int count, Stroke stroke) {
        delegate.strokeLines(xy, count, stroke);
    }

    @Override
    public void strokeQuadCurves(double[] xy, int count, Stroke stroke) {
        delegate.strokeQuadCurves(xy, count, stroke);
    }

    @Override
    public void fillTriangles(double[] xy, int count, Rgba fill) {
        delegate.fillTriangles(xy, count, fill);
    }

    @Override
    public void fillRects(double[] xywh, int count, Rgba fill) {
        delegate.fillRects(xywh, count, fill);
    }
}
