package app.parley.render.scene;

/** Tells whether a link's curve or label meets a rectangle, without ever answering no for one that does. */
final class CurveClip {

    /** Segments a curve is cut into; the area is grown by the most the curve strays from them. */
    private static final int SEGMENTS = 16;
    private static final double[] NO_DASHES = {};

    private CurveClip() {
    }

    /**
     * Whether the curve of {@code edge} (or its label) touches {@code area}. A curve strays from its chord by at most a
     * quarter of its bend ({@code |p1 - 2c + p2| / 4}, at the same parameter), so one whose chord misses the area grown
     * by that much misses it, without cutting it into segments.
     */
    static boolean meets(EdgeShape edge, Bounds area) {
        if (!edge.bounds().intersects(area)) {
            return false;
        }
        if (edge.label() != null && edge.label().box().intersects(area)) {
            return true;
        }
        double bendX = edge.x1() - 2 * edge.cx() + edge.x2();
        double bendY = edge.y1() - 2 * edge.cy() + edge.y2();
        double bend = Math.sqrt(bendX * bendX + bendY * bendY);
        if (LineCut.within(edge.x1(), edge.y1(), edge.x2(), edge.y2(), area.inflate(bend / 4), NO_DASHES) == null) {
            return false;
        }
        double stray = bend / (4.0 * SEGMENTS * SEGMENTS);
        Bounds grown = area.inflate(stray);
        double px = edge.x1();
        double py = edge.y1();
        for (int i = 1; i <= SEGMENTS; i++) {
            double t = i / (double) SEGMENTS;
            double x = edge.xAt(t);
            double y = edge.yAt(t);
            if (LineCut.within(px, py, x, y, grown, NO_DASHES) != null) {
                return true;
            }
            px = x;
            py = y;
        }
        return false;
    }
}
