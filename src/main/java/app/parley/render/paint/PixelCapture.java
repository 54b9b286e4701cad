package app.parley.render.paint;

import app.parley.render.scene.Bounds;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A screen surface that keeps a copy of the one image a drawing is painted as (and, when asked, the text drawn over
 * it), and notes whether anything else was drawn: pure Java, so that a sketch or a moving frame can be painted off the
 * JavaFX thread.
 */
final class PixelCapture implements Surface {

    private final boolean keepsText;
    private final List<PixelFrame.Text> texts = new ArrayList<>();
    private final Deque<Double> saved = new ArrayDeque<>();
    private double alpha = 1;

    private int[] argb;
    private int width;
    private int height;
    private Bounds world;
    private boolean other;

    /** A capture of one image and nothing else. */
    PixelCapture() {
        this(false);
    }

    /** A capture of one image, and of text drawn over it when {@code keepsText}. */
    PixelCapture(boolean keepsText) {
        this.keepsText = keepsText;
    }

    /** Whether one image was drawn, and nothing else. */
    boolean onlyPixels() {
        return argb != null && !other;
    }

    /** Whether nothing but at most one image (and the text kept over it) was drawn. */
    boolean nothingElse() {
        return !other;
    }

    /** The image's premultiplied ARGB pixels, row by row. */
    int[] argb() {
        return argb;
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

    /** The text drawn over the image, when kept. */
    List<PixelFrame.Text> texts() {
        return texts;
    }

    @Override
    public void save() {
        saved.push(alpha);
    }

    @Override
    public void restore() {
        alpha = saved.isEmpty() ? 1 : saved.pop();
    }

    @Override
    public void transform(double scale, double dx, double dy) {
        other = true;
    }

    @Override
    public void setOpacity(double opacity) {
        other |= opacity != 1 && !keepsText;
        alpha *= Math.max(0, Math.min(1, opacity));
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Rgba fill) {
        other = true;
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Rgba fill) {
        other = true;
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, Stroke stroke) {
        other = true;
    }

    @Override
    public void fillOval(double x, double y, double w, double h, Rgba fill) {
        other = true;
    }

    @Override
    public void strokeOval(double x, double y, double w, double h, Stroke stroke) {
        other = true;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        other = true;
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Stroke stroke) {
        other = true;
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke) {
        other = true;
    }

    @Override
    public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2, Stroke stroke) {
        other = true;
    }

    @Override
    public void fillText(String text, double x, double baseline, FontSpec font, Rgba fill) {
        other |= !keepsText || argb == null;
        texts.add(new PixelFrame.Text(text, x, baseline, font, fill, alpha));
    }

    @Override
    public boolean prefersPixelSketches() {
        return true;
    }

    @Override
    public boolean drawsScreenFrames() {
        return true;
    }

    @Override
    public void drawPixels(int[] pixels, int pixelWidth, int pixelHeight, double x, double y, double w, double h) {
        other |= argb != null || alpha != 1;
        argb = Arrays.copyOf(pixels, pixelWidth * pixelHeight);
        width = pixelWidth;
        height = pixelHeight;
        world = new Bounds(x, y, w, h);
    }
}
