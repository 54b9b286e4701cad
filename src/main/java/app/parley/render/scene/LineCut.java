package app.parley.render.scene;

/** Cuts a straight line to the part that crosses a rectangle, keeping the phase of its dash pattern. */
public final class LineCut {

    private LineCut() {
    }

    /**
     * The line from (x1, y1) to (x2, y2) cut to {@code area}, as {x1, y1, x2, y2}: the start moves forward by a whole
     * number of dash patterns only (any amount for a solid line), the end back to where the line leaves the area.
     * The whole line when it lies inside; {@code null} when it misses the area.
     */
    public static double[] within(double x1, double y1, double x2, double y2, Bounds area, double[] dashes) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] range = {0, 1};
        if (!clip(-dx, x1 - area.x(), range) || !clip(dx, area.maxX() - x1, range)
                || !clip(-dy, y1 - area.y(), range) || !clip(dy, area.maxY() - y1, range)) {
            return null;
        }
        double start = range[0];
        double length = Math.sqrt(dx * dx + dy * dy);
        double period = 0;
        for (double dash : dashes) {
            period += dash;
        }
        if (start > 0 && period > 0 && length > 0) {
            start = Math.floor(start * length / period) * period / length;
        }
        double end = range[1];
        return new double[] {start == 0 ? x1 : x1 + dx * start, start == 0 ? y1 : y1 + dy * start,
            end == 1 ? x2 : x1 + dx * end, end == 1 ? y2 : y1 + dy * end};
    }

    /** One step of Liang–Barsky clipping: narrows {@code range} for the edge {@code p t <= q}; false if empty. */
    private static boolean clip(double p, double q, double[] range) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > range[1]) {
                return false;
            }
            range[0] = Math.max(range[0], r);
        } else {
            if (r < range[0]) {
                return false;
            }
            range[1] = Math.min(range[1], r);
        }
        return true;
    }
}
