package app.parley.render.paint;

import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A surface that draws a thin light halo under dark ink (text, lines and curves) before the ink itself, so that a
 * picture on a transparent page reads on a dark slide as it does on a light one. Everything else passes through.
 */
public final class HaloSurface implements Surface {

    /** The halo's colour: white, slightly translucent so it stays discreet on a light page. */
    static final Rgba HALO = new Rgba(255, 255, 255, 230);
    /** Ink darker than this (relative luminance) gets a halo. */
    private static final double DARK_INK = 0.4;
    /** How far the halo reaches beyond a line on each side, in output pixels. */
    private static final double LINE_HALO_PX = 1.5;
    /** How far the halo reaches around text, as a share of the type size, within the bounds below (pixels). */
    private static final double TEXT_HALO_SHARE = 0.08;
    private static final double LEAST_TEXT_HALO_PX = 1;
    private static final double MOST_TEXT_HALO_PX = 3;
    private static final double[][] DIRECTIONS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1},
            {0.7071, 0.7071}, {-0.7071, 0.7071}, {0.7071, -0.7071}, {-0.7071, -0.7071}};

    private final Surface ink;
    private final Deque<Double> saved = new ArrayDeque<>();
    private double scale = 1;

    /** Draws onto {@code ink}, with halos. */
    public HaloSurface(Surface ink) {
        this.ink = ink;
    }

    private static boolean dark(Rgba colour) {
        return colour.alpha() > 0 && colour.luminance() < DARK_INK;
    }

    private Stroke halo(Stroke stroke) {
        return Stroke.solid(HALO, stroke.width() + 2 * LINE_HALO_PX / scale);
    }

    @Override
    public void save() {
        saved.push(scale);
        ink.save();
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            scale = saved.pop();
        }
        ink.restore();
    }

    @Override
    public void transform(double by, double dx, double dy) {
        scale *= by;
        ink.transform(by, dx, dy);
    }

    @Override
    public void setOpacity(double alpha) {
        ink.setOpacity(alpha);
    }

    @Override
    public void beginGroup(String id, String styleClass) {
        ink.beginGroup(id, styleClass);
    }

    @Override
    public void endGroup() {
        ink.endGroup();
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba fill) {
        ink.fillRect(x, y, width, height, fill);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, Rgba fill) {
        ink.fillRoundRect(x, y, width, height, arc, fill);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, Stroke stroke) {
        ink.strokeRoundRect(x, y, width, height, arc, stroke);
    }

    @Override
    public void fillOval(double x, double y, double width, double height, Rgba fill) {
        ink.fillOval(x, y, width, height, fill);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, Stroke stroke) {
        ink.strokeOval(x, y, width, height, stroke);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        ink.fillPolygon(xs, ys, fill);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Stroke stroke) {
        ink.strokePolygon(xs, ys, stroke);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke) {
        if (dark(stroke.color())) {
            ink.strokeLine(x1, y1, x2, y2, halo(stroke));
        }
        ink.strokeLine(x1, y1, x2, y2, stroke);
    }

    @Override
    public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2, Stroke stroke) {
        if (dark(stroke.color())) {
            ink.strokeQuadCurve(x1, y1, cx, cy, x2, y2, halo(stroke));
        }
        ink.strokeQuadCurve(x1, y1, cx, cy, x2, y2, stroke);
    }

    @Override
    public void strokeLines(double[] xy, int count, Stroke stroke) {
        if (dark(stroke.color())) {
            ink.strokeLines(xy, count, halo(stroke));
        }
        ink.strokeLines(xy, count, stroke);
    }

    @Override
    public void strokeQuadCurves(double[] xy, int count, Stroke stroke) {
        if (dark(stroke.color())) {
            ink.strokeQuadCurves(xy, count, halo(stroke));
        }
        ink.strokeQuadCurves(xy, count, stroke);
    }

    @Override
    public void fillTriangles(double[] xy, int count, Rgba fill) {
        ink.fillTriangles(xy, count, fill);
    }

    @Override
    public void fillRects(double[] xywh, int count, Rgba fill) {
        ink.fillRects(xywh, count, fill);
    }

    @Override
    public void fillText(String text, double x, double baseline, FontSpec font, Rgba fill) {
        if (dark(fill)) {
            double reachPx = Math.min(MOST_TEXT_HALO_PX,
                    Math.max(LEAST_TEXT_HALO_PX, TEXT_HALO_SHARE * font.size() * scale));
            double reach = reachPx / scale;
            for (double[] direction : DIRECTIONS) {
                ink.fillText(text, x + direction[0] * reach, baseline + direction[1] * reach, font, HALO);
            }
        }
        ink.fillText(text, x, baseline, font, fill);
    }

    @Override
    public boolean prefersPixelSketches() {
        return ink.prefersPixelSketches();
    }

    @Override
    public boolean drawsScreenFrames() {
        return ink.drawsScreenFrames();
    }

    @Override
    public void drawPixels(int[] argb, int width, int height, double x, double y, double w, double h) {
        ink.drawPixels(argb, width, height, x, y, w, h);
    }
}
