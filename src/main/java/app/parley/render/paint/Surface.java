package app.parley.render.paint;

import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;

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

    /**
     * Whether far-away sketches should come as pixels ({@link #drawPixels}) rather than shapes: true for the screen,
     * where rasterizing tens of thousands of thin lines as shapes takes far longer than a frame; exports keep shapes.
     */
    default boolean prefersPixelSketches() {
        return false;
    }

    /**
     * Whether the surface shows frames on a screen, where speed matters more than the last bit of exactness: curves
     * are cut to the part of them that can show before they are stroked, their dash patterns kept in place by arc
     * length to a small fraction of a pixel, and the links of a big graph come as pixels ({@link #drawPixels}) drawn
     * close to what stroking them one by one draws. Exports draw curves whole and stroke every link, so that tiles
     * match the picture drawn in one piece exactly.
     */
    default boolean drawsScreenFrames() {
        return false;
    }

    /**
     * Draws {@code width} x {@code height} premultiplied ARGB pixels, row by row from {@code argb[0]}, into the
     * rectangle ({@code x}, {@code y}, {@code w}, {@code h}) of the current space. Only surfaces that
     * {@link #prefersPixelSketches()} need to support it.
     */
    default void drawPixels(int[] argb, int width, int height, double x, double y, double w, double h) {
        throw new UnsupportedOperationException("This surface draws shapes only");
    }

    /**
     * Draws {@code count} straight lines in one stroke: line {@code i} runs from ({@code xy[4i]}, {@code xy[4i+1]})
     * to ({@code xy[4i+2]}, {@code xy[4i+3]}). Surfaces that can stroke many lines at once do so.
     */
    default void strokeLines(double[] xy, int count, Stroke stroke) {
        for (int i = 0; i < count; i++) {
            strokeLine(xy[4 * i], xy[4 * i + 1], xy[4 * i + 2], xy[4 * i + 3], stroke);
        }
    }

    /**
     * Draws {@code count} quadratic curves in one stroke: curve {@code i} runs from ({@code xy[6i]}, {@code xy[6i+1]})
     * through the control point ({@code xy[6i+2]}, {@code xy[6i+3]}) to ({@code xy[6i+4]}, {@code xy[6i+5]}); each
     * starts its dash pattern afresh. Surfaces that can stroke many curves at once do so.
     */
    default void strokeQuadCurves(double[] xy, int count, Stroke stroke) {
        for (int i = 0; i < count; i++) {
            int at = 6 * i;
            strokeQuadCurve(xy[at], xy[at + 1], xy[at + 2], xy[at + 3], xy[at + 4], xy[at + 5], stroke);
        }
    }

    /**
     * Fills {@code count} triangles in one colour: triangle {@code i} has its corners at ({@code xy[6i]},
     * {@code xy[6i+1]}), ({@code xy[6i+2]}, {@code xy[6i+3]}) and ({@code xy[6i+4]}, {@code xy[6i+5]}).
     */
    default void fillTriangles(double[] xy, int count, Rgba fill) {
        for (int i = 0; i < count; i++) {
            int at = 6 * i;
            fillPolygon(new double[] {xy[at], xy[at + 2], xy[at + 4]}, new double[] {xy[at + 1], xy[at + 3], xy[at + 5]},
                    fill);
        }
    }

    /**
     * Fills {@code count} axis-aligned rectangles in one colour: rectangle {@code i} has its corner at
     * ({@code xywh[4i]}, {@code xywh[4i+1]}) and the size ({@code xywh[4i+2]}, {@code xywh[4i+3]}).
     */
    default void fillRects(double[] xywh, int count, Rgba fill) {
        for (int i = 0; i < count; i++) {
            fillRect(xywh[4 * i], xywh[4 * i + 1], xywh[4 * i + 2], xywh[4 * i + 3], fill);
        }
    }
}
