package app.parley.render;

/** Tells whether a link's curve or label meets a rectangle, without ever answering no for one that does. */
final class CurveClip {

    /** Segments a curve is cut into; the area is grown by the most the curve strays from them. */
    private static final int SEGMENTS = 16;

    private CurveClip() {
    }

    /** Whether the curve of {@code edge} (or its label) touches {@code area}. */
    static boolean meets(EdgeShape edge, Bounds area) {
        if (!edge.bounds().intersects(area)) {
            return false;
        }
        if (edge.label() != null && edge.label().box().intersects(area)) {
            return true;
        }
        double bendX = edge.x1() - 2 * edge.cx() + edge.x2();
        double bendY = edge.y1() - 2 * edge.cy() + edge.y2();
        double stray = Math.hypot(bendX, bendY) / (4.0 * SEGMENTS * SEGMENTS);
        Bounds grown = area.inflate(stray);
        double px = edge.x1();
        double py = edge.y1();
        for (int i = 1; i <= SEGMENTS; i++) {
            double t = i / (double) SEGMENTS;
            double x = edge.xAt(t);
            double y = edge.yAt(t);
            if (segmentMeets(px, py, x, y, grown)) {
                return true;
            }
            px = x;
            py = y;
        }
        return false;
    }

    /** Whether the segment from (x1, y1) to (x2, y2) touches the rectangle (Liang–Barsky clipping). */
    static boolean segmentMeets(double x1, double y1, double x2, double y2, Bounds box) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] low = {0};
        double[] high = {1};
        return clip(-dx, x1 - box.x(), low, high) && clip(dx, box.maxX() - x1, low, high)
                && clip(-dy, y1 - box.y(), low, high) && clip(dy, box.maxY() - y1, low, high);
    }

    private static boolean clip(double p, double q, double[] low, double[] high) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > high[0]) {
                return false;
            }
            low[0] = Math.max(low[0], r);
        } else {
            if (r < low[0]) {
                return false;
            }
            high[0] = Math.min(high[0], r);
        }
        return true;
    }
}
