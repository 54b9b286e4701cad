package app.parley.render.scene;

import java.util.Arrays;

/**
 * Cuts a quadratic curve to the stretch that crosses a rectangle, keeping the phase of its dash pattern: the start
 * moves forward, along the curve's arc length, by a whole number of dash patterns only. A view close in on a big graph
 * is crossed by hundreds of links thousands of pixels long; stroking only their visible stretch saves dashing all the
 * rest.
 */
public final class CurveCut {

    /** How closely an arc length is found again, as a share of the curve's whole length. */
    private static final double LENGTH_TOLERANCE = 1e-12;
    private static final int MAX_STEPS = 100;

    private CurveCut() {
    }

    /**
     * The curve from (x1, y1) through control (cx, cy) to (x2, y2) cut to {@code area}, as {x1, y1, cx, cy, x2, y2}:
     * the stretch from the first point inside the area to the last, its start moved back to the nearest whole dash
     * pattern (not at all for a solid line). The whole curve, unchanged, when it lies inside; {@code null} when it
     * misses the area.
     */
    public static double[] within(double x1, double y1, double cx, double cy, double x2, double y2, Bounds area,
                           double[] dashes) {
        double[] whole = {x1, y1, cx, cy, x2, y2};
        if (area.contains(Bounds.between(Math.min(x1, Math.min(cx, x2)), Math.min(y1, Math.min(cy, y2)),
                Math.max(x1, Math.max(cx, x2)), Math.max(y1, Math.max(cy, y2))))) {
            return whole;
        }
        double[] span = cutSpan(whole, area, dashes);
        if (span == null) {
            return null;
        }
        return span[0] <= 0 && span[1] >= 1 ? whole : part(whole, span[0], span[1]);
    }

    /**
     * The parameters {from, to} of the stretch of {@code curve} ({x1, y1, cx, cy, x2, y2}) that {@link #within} keeps:
     * from a whole number of dash patterns before its first point inside {@code area} to its last; {@code null} when
     * no point of it is inside.
     */
    static double[] cutSpan(double[] curve, Bounds area, double[] dashes) {
        double[] span = insideSpan(curve, area);
        if (span == null) {
            return null;
        }
        double from = span[0];
        double period = 0;
        for (double dash : dashes) {
            period += dash;
        }
        if (from > 0 && period > 0) {
            double patterns = Math.floor(arcLength(curve, from) / period);
            from = patterns <= 0 ? 0 : parameterAt(curve, patterns * period, from);
        }
        return new double[] {Math.max(0, from), Math.min(1, span[1])};
    }

    /**
     * The parameters {first, last} between which the curve lies in the area (first and last point of the curve inside
     * it), or {@code null} when no point of it is inside. Found from where the curve crosses the lines of the
     * rectangle's sides, with each stretch between crossings tested at its middle.
     */
    static double[] insideSpan(double[] curve, Bounds area) {
        double[] cuts = new double[10];
        int count = 0;
        cuts[count++] = 0;
        cuts[count++] = 1;
        count = crossings(curve[0], curve[2], curve[4], area.x(), cuts, count);
        count = crossings(curve[0], curve[2], curve[4], area.maxX(), cuts, count);
        count = crossings(curve[1], curve[3], curve[5], area.y(), cuts, count);
        count = crossings(curve[1], curve[3], curve[5], area.maxY(), cuts, count);
        Arrays.sort(cuts, 0, count);
        double first = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < count; i++) {
            double t = cuts[i];
            if (inside(curve, t, area)) {
                first = Double.isNaN(first) ? t : first;
                last = t;
            }
            if (i + 1 < count && cuts[i + 1] > t && inside(curve, (t + cuts[i + 1]) / 2, area)) {
                first = Double.isNaN(first) ? t : first;
                last = cuts[i + 1];
            }
        }
        return Double.isNaN(first) ? null : new double[] {first, last};
    }

    private static boolean inside(double[] curve, double t, Bounds area) {
        double x = at(curve[0], curve[2], curve[4], t);
        double y = at(curve[1], curve[3], curve[5], t);
        double slack = 1e-9 * (Math.abs(x) + Math.abs(y) + area.width() + area.height());
        return x >= area.x() - slack && x <= area.maxX() + slack && y >= area.y() - slack && y <= area.maxY() + slack;
    }

    private static double at(double p0, double p1, double p2, double t) {
        double u = 1 - t;
        return u * u * p0 + 2 * u * t * p1 + t * t * p2;
    }

    /**
     * Adds the parameters strictly between 0 and 1 where one coordinate of the curve (end values {@code p0},
     * {@code p2}, control {@code p1}) equals {@code level}.
     */
    private static int crossings(double p0, double p1, double p2, double level, double[] into, int count) {
        double a = p0 - 2 * p1 + p2;
        double b = 2 * (p1 - p0);
        double c = p0 - level;
        int found = count;
        if (Math.abs(a) <= 1e-12 * (Math.abs(p0) + Math.abs(p1) + Math.abs(p2) + 1)) {
            if (b != 0) {
                found = add(-c / b, into, found);
            }
            return found;
        }
        double discriminant = b * b - 4 * a * c;
        if (discriminant < 0) {
            return found;
        }
        double root = Math.sqrt(discriminant);
        double q = -0.5 * (b + Math.copySign(root, b));
        found = add(q / a, into, found);
        if (q != 0) {
            found = add(c / q, into, found);
        }
        return found;
    }

    private static int add(double t, double[] into, int count) {
        if (t > 0 && t < 1) {
            into[count++] = t;
        }
        return count;
    }

    /**
     * The length of the curve from its start to parameter {@code t}: in closed form, or for a curve that is all but
     * straight (where the closed form loses precision), by Gauss–Legendre quadrature of its smooth, nearly constant
     * speed.
     */
    static double arcLength(double[] curve, double t) {
        double ax = curve[0] - 2 * curve[2] + curve[4];
        double ay = curve[1] - 2 * curve[3] + curve[5];
        double bx = curve[2] - curve[0];
        double by = curve[3] - curve[1];
        double a = ax * ax + ay * ay;
        double c = bx * bx + by * by;
        if (a <= STRAIGHT * STRAIGHT * c) {
            return quadrature(curve, t);
        }
        double shift = (ax * bx + ay * by) / a;
        double cross = (ax * by - ay * bx) / a;
        double k = cross * cross;
        return 2 * Math.sqrt(a) * (primitive(t + shift, k) - primitive(shift, k));
    }

    /** Below this ratio of its bend to its first leg a curve's length is integrated numerically. */
    private static final double STRAIGHT = 1e-4;
    private static final double[] GAUSS_NODES = {
        -0.906179845938664, -0.5384693101056831, 0, 0.5384693101056831, 0.906179845938664};
    private static final double[] GAUSS_WEIGHTS = {
        0.23692688505618908, 0.47862867049936647, 0.5688888888888889, 0.47862867049936647, 0.23692688505618908};
    private static final int PANELS = 4;

    private static double quadrature(double[] curve, double t) {
        double sum = 0;
        double width = t / PANELS;
        for (int panel = 0; panel < PANELS; panel++) {
            double middle = (panel + 0.5) * width;
            for (int i = 0; i < GAUSS_NODES.length; i++) {
                sum += GAUSS_WEIGHTS[i] * speed(curve, middle + GAUSS_NODES[i] * width / 2);
            }
        }
        return sum * width / 2;
    }

    /** A primitive of {@code sqrt(u^2 + k)} with {@code k >= 0}. */
    private static double primitive(double u, double k) {
        if (k <= 0) {
            return u * Math.abs(u) / 2;
        }
        double ratio = u / Math.sqrt(k);
        double asinh = Math.copySign(Math.log(Math.abs(ratio) + Math.sqrt(ratio * ratio + 1)), ratio);
        return (u * Math.sqrt(u * u + k) + k * asinh) / 2;
    }

    /** The parameter, no greater than {@code upper}, at which the curve has run {@code length} from its start. */
    static double parameterAt(double[] curve, double length, double upper) {
        double low = 0;
        double high = upper;
        double total = arcLength(curve, upper);
        double tolerance = LENGTH_TOLERANCE * Math.max(total, 1);
        double t = total > 0 ? upper * length / total : 0;
        for (int step = 0; step < MAX_STEPS; step++) {
            double error = arcLength(curve, t) - length;
            if (Math.abs(error) <= tolerance) {
                break;
            }
            if (error > 0) {
                high = t;
            } else {
                low = t;
            }
            double speed = speed(curve, t);
            double next = speed > 0 ? t - error / speed : Double.NaN;
            t = next > low && next < high ? next : (low + high) / 2;
        }
        return Math.min(t, upper);
    }

    private static double speed(double[] curve, double t) {
        double u = 1 - t;
        double dx = 2 * (u * (curve[2] - curve[0]) + t * (curve[4] - curve[2]));
        double dy = 2 * (u * (curve[3] - curve[1]) + t * (curve[5] - curve[3]));
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** The part of the curve between parameters {@code from} and {@code to}, itself a quadratic curve. */
    static double[] part(double[] curve, double from, double to) {
        double[] out = new double[6];
        for (int axis = 0; axis < 2; axis++) {
            double p0 = curve[axis];
            double p1 = curve[2 + axis];
            double p2 = curve[4 + axis];
            out[axis] = at(p0, p1, p2, from);
            out[2 + axis] = (1 - from) * (1 - to) * p0 + ((1 - from) * to + from * (1 - to)) * p1 + from * to * p2;
            out[4 + axis] = at(p0, p1, p2, to);
        }
        return out;
    }
}
