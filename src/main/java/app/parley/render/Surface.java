package app.parley.render;

/**
 * Something the painter draws on: the screen's canvas, a PNG tile, an SVG document. Coordinates are in surface units
 * after the current transform; text is placed at its baseline.
 */
public interface Surface {

    /** Pushes the current transform and opacity. */
    void save();

    /** Pops the transform and opacity pushed by the matching {@link #save()}. */
    void restore();

    /** Appends a transform: a point (x, y) is drawn at (x * scale + dx, y * scale + dy) of the current space. */
    void transform(double scale, double dx, double dy);

    /** Multiplies the opacity of everything drawn until {@link #restore()} by {@code alpha} (0 to 1). */
    void setOpacity(double alpha);

    /** Starts a named group of shapes (an SVG {@code g} element); other surfaces may ignore it. */
    default void beginGroup(String id, String styleClass) {
    }

    /** Ends the group started last. */
    default void endGroup() {
    }

    /** Fills an axis-aligned rectangle. */
    void fillRect(double x, double y, double width, double height, Rgba fill);

    /** Fills a rectangle with rounded corners of diameter {@code arc}. */
    void fillRoundRect(double x, double y, double width, double height, double arc, Rgba fill);

    /** Outlines a rectangle with rounded corners of diameter {@code arc}. */
    void strokeRoundRect(double x, double y, double width, double height, double arc, Stroke stroke);

    /** Fills the ellipse inscribed in a rectangle. */
    void fillOval(double x, double y, double width, double height, Rgba fill);

    /** Outlines the ellipse inscribed in a rectangle. */
    void strokeOval(double x, double y, double width, double height, Stroke stroke);

    /** Fills a closed polygon. */
    void fillPolygon(double[] xs, double[] ys, Rgba fill);

    /** Outlines a closed polygon. */
    void strokePolygon(double[] xs, double[] ys, Stroke stroke);

    /** Draws a straight line. */
    void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke);

    /** Draws a quadratic Bézier curve from (x1, y1) through control (cx, cy) to (x2, y2). */
    void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2, Stroke stroke);

    /** Draws one line of text with its left end at {@code x} and its baseline at {@code baseline}. */
    void fillText(String text, double x, double baseline, FontSpec font, Rgba fill);
}
