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
public final class HaloSurface extends ForwardingSurface {

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

    private final Deque<Double> saved = new ArrayDeque<>();
    private double scale = 1;

    /** Draws onto {@code ink}, with halos. */
    public HaloSurface(Surface ink) {
        super(ink);
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
        delegate().save();
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            scale = saved.pop();
        }
        delegate().restore();
    }

    @Override
    public void transform(double by, double dx, double dy) {
        scale *= by;
        delegate().transform(by, dx, dy);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke) {
        if (dark(stroke.color())) {
            delegate().strokeLine(x1, y1, x2, y2, halo(stroke));
        }
        delegate().strokeLine(x1, y1, x2, y2, stroke);
    }

    @Override
    public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2, Stroke stroke) {
        if (dark(stroke.color())) {
            delegate().strokeQuadCurve(x1, y1, cx, cy, x2, y2, halo(stroke));
        }
        delegate().strokeQuadCurve(x1, y1, cx, cy, x2, y2, stroke);
    }

    @Override
    public void strokeLines(double[] xy, int count, Stroke stroke) {
        if (dark(stroke.color())) {
            delegate().strokeLines(xy, count, halo(stroke));
        }
        delegate().strokeLines(xy, count, stroke);
    }

    @Override
    public void strokeQuadCurves(double[] xy, int count, Stroke stroke) {
        if (dark(stroke.color())) {
            delegate().strokeQuadCurves(xy, count, halo(stroke));
        }
        delegate().strokeQuadCurves(xy, count, stroke);
    }

    @Override
    public void fillText(String text, double x, double baseline, FontSpec font, Rgba fill) {
        if (dark(fill)) {
            double reachPx = Math.min(MOST_TEXT_HALO_PX,
                    Math.max(LEAST_TEXT_HALO_PX, TEXT_HALO_SHARE * font.size() * scale));
            double reach = reachPx / scale;
            for (double[] direction : DIRECTIONS) {
                delegate().fillText(text, x + direction[0] * reach, baseline + direction[1] * reach, font, HALO);
            }
        }
        delegate().fillText(text, x, baseline, font, fill);
    }
}
