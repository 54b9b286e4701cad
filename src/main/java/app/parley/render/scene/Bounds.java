package app.parley.render.scene;

/**
 * An axis-aligned rectangle.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width, not negative
 * @param height height, not negative
 */
public record Bounds(double x, double y, double width, double height) {

    /** The empty rectangle at the origin. */
    public static final Bounds EMPTY = new Bounds(0, 0, 0, 0);

    /** Checks the size. */
    public Bounds {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("Bounds must not have a negative size");
        }
    }

    /** The rectangle between two corners given in any order. */
    public static Bounds between(double x1, double y1, double x2, double y2) {
        return new Bounds(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }

    /** The right edge. */
    public double maxX() {
        return x + width;
    }

    /** The bottom edge. */
    public double maxY() {
        return y + height;
    }

    /** The horizontal centre. */
    public double centerX() {
        return x + width / 2;
    }

    /** The vertical centre. */
    public double centerY() {
        return y + height / 2;
    }

    /** Whether the point lies inside or on the edge. */
    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** Whether {@code other} lies wholly inside this rectangle. */
    public boolean contains(Bounds other) {
        return other.x >= x && other.maxX() <= maxX() && other.y >= y && other.maxY() <= maxY();
    }

    /** Whether the two rectangles overlap or touch. */
    public boolean intersects(Bounds other) {
        return other.x <= maxX() && other.maxX() >= x && other.y <= maxY() && other.maxY() >= y;
    }

    /** The smallest rectangle holding both. */
    public Bounds union(Bounds other) {
        return between(Math.min(x, other.x), Math.min(y, other.y), Math.max(maxX(), other.maxX()),
                Math.max(maxY(), other.maxY()));
    }

    /** This rectangle grown by {@code margin} on every side. */
    public Bounds inflate(double margin) {
        return new Bounds(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }
}
