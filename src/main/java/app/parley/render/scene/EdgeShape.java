package app.parley.render.scene;

/**
 * A link drawn as a quadratic curve between two cards (straight when the control point is the midpoint).
 *
 * @param index    link number in {@code ActorGraph.links()} order
 * @param linkId   role or relation identifier
 * @param from     vertex number of the source
 * @param to       vertex number of the target
 * @param group    how it is styled
 * @param directed whether it ends in an arrow head
 * @param x1       start x, on the source card's edge
 * @param y1       start y
 * @param cx       control point x
 * @param cy       control point y
 * @param x2       end x, on the target card's edge
 * @param y2       end y
 * @param label    the label, or {@code null} when it has none
 */
public record EdgeShape(int index, String linkId, int from, int to, EdgeGroup group, boolean directed, double x1,
                        double y1, double cx, double cy, double x2, double y2, EdgeLabel label) {

    /** The point of the curve at parameter {@code t} (0 at the start, 1 at the end). */
    public double xAt(double t) {
        double u = 1 - t;
        return u * u * x1 + 2 * u * t * cx + t * t * x2;
    }

    /** The y of the curve at parameter {@code t}. */
    public double yAt(double t) {
        double u = 1 - t;
        return u * u * y1 + 2 * u * t * cy + t * t * y2;
    }

    /** A rectangle holding the whole curve and its label. */
    public Bounds bounds() {
        Bounds curve = Bounds.between(Math.min(x1, Math.min(cx, x2)), Math.min(y1, Math.min(cy, y2)),
                Math.max(x1, Math.max(cx, x2)), Math.max(y1, Math.max(cy, y2)));
        return label == null ? curve : curve.union(label.box());
    }

    /** The shortest distance from a point to the curve, sampled finely enough for hit-testing. */
    public double distanceTo(double px, double py) {
        double best = Double.MAX_VALUE;
        double prevX = x1;
        double prevY = y1;
        int steps = 16;
        for (int i = 1; i <= steps; i++) {
            double t = i / (double) steps;
            double x = xAt(t);
            double y = yAt(t);
            best = Math.min(best, segmentDistance(px, py, prevX, prevY, x, y));
            prevX = x;
            prevY = y;
        }
        return best;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
