package app.parley.layout;

import java.util.Objects;

/**
 * The smallest axis-aligned rectangle holding a set of points: its lowest and highest coordinates on each axis.
 *
 * @param minX the lowest x
 * @param minY the lowest y
 * @param maxX the highest x
 * @param maxY the highest y
 */
public record PointExtent(double minX, double minY, double maxX, double maxY) {

    /**
     * The extent of the first {@code count} points whose coordinates are {@code x} and {@code y}; with no points, the
     * lowest coordinates are positive infinity and the highest negative infinity. Takes O(count).
     *
     * @throws IllegalArgumentException if {@code count} is negative or more points than the arrays hold
     */
    public static PointExtent of(double[] x, double[] y, int count) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (count < 0 || count > x.length || count > y.length) {
            throw new IllegalArgumentException("Point count must be between 0 and the coordinates given");
        }
        double lowX = Double.POSITIVE_INFINITY;
        double lowY = Double.POSITIVE_INFINITY;
        double highX = Double.NEGATIVE_INFINITY;
        double highY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            lowX = Math.min(lowX, x[i]);
            lowY = Math.min(lowY, y[i]);
            highX = Math.max(highX, x[i]);
            highY = Math.max(highY, y[i]);
        }
        return new PointExtent(lowX, lowY, highX, highY);
    }

    /**
     * The extent of the corners of every vertex's box, where {@code model} places it, each box grown {@code growX}
     * times along x and {@code growY} times along y about its centre. Takes O(vertices).
     *
     * @throws IllegalArgumentException if a growth is not positive
     */
    public static PointExtent ofBoxes(LayoutGraph graph, LayoutModel model, double growX, double growY) {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(model, "model");
        if (!(growX > 0) || !(growY > 0)) {
            throw new IllegalArgumentException("Box growth must be positive");
        }
        int n = graph.vertexCount();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] widths = new double[n];
        double[] heights = new double[n];
        for (int v = 0; v < n; v++) {
            x[v] = model.x(v);
            y[v] = model.y(v);
            widths[v] = growX * graph.width(v);
            heights[v] = growY * graph.height(v);
        }
        return ofBoxes(x, y, widths, heights, n);
    }

    /**
     * The extent of the corners of the first {@code count} boxes centred at {@code x, y} and sized {@code widths,
     * heights}. Takes O(count).
     *
     * @throws IllegalArgumentException if {@code count} is negative or more boxes than the arrays hold
     */
    public static PointExtent ofBoxes(double[] x, double[] y, double[] widths, double[] heights, int count) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(widths, "widths");
        Objects.requireNonNull(heights, "heights");
        if (count < 0 || count > Math.min(Math.min(x.length, y.length), Math.min(widths.length, heights.length))) {
            throw new IllegalArgumentException("Box count must be between 0 and the boxes given");
        }
        double lowX = Double.POSITIVE_INFINITY;
        double lowY = Double.POSITIVE_INFINITY;
        double highX = Double.NEGATIVE_INFINITY;
        double highY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            lowX = Math.min(lowX, x[i] - widths[i] / 2);
            lowY = Math.min(lowY, y[i] - heights[i] / 2);
            highX = Math.max(highX, x[i] + widths[i] / 2);
            highY = Math.max(highY, y[i] + heights[i] / 2);
        }
        return new PointExtent(lowX, lowY, highX, highY);
    }

    /** This extent grown to hold the rectangle whose corner is at ({@code x}, {@code y}) and whose size is given. */
    public PointExtent including(double x, double y, double width, double height) {
        return new PointExtent(Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x + width),
                Math.max(maxY, y + height));
    }

    /** How far the points reach along x. */
    public double width() {
        return maxX - minX;
    }

    /** How far the points reach along y. */
    public double height() {
        return maxY - minY;
    }
}
