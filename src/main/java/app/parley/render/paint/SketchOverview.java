package app.parley.render.paint;

import app.parley.render.scene.Bounds;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Sketches of a whole big graph at a few zoom levels, as a map viewer keeps its coarse tiles: each level is the still
 * sketch of the graph's bounds at one scale, as pixels, so that a moving view far out can be drawn from the level
 * nearest its scale instead of inking every link again. Pure Java, so it can be built off the JavaFX thread; a level
 * is made only where the drawing would be sketched as pixels alone (no zones, highlighted links or selected card,
 * which are drawn as shapes over a sketch).
 */
public final class SketchOverview {

    /** The longest sides, in pixels, of the levels made: each twice the one before. */
    static final int[] LEVEL_SIDES = {512, 1024, 2048, 4096};

    /**
     * One level: an opaque picture of the world rectangle {@code world} at {@code scale} output pixels per world unit.
     *
     * @param argb   premultiplied ARGB pixels, row by row
     * @param width  width in pixels
     * @param height height in pixels
     * @param world  the world rectangle the pixels cover
     * @param scale  pixels per world unit
     */
    public record Level(int[] argb, int width, int height, Bounds world, double scale) {
    }

    private SketchOverview() {
    }

    /**
     * The levels of {@code drawing} over {@code background}, coarsest first: empty when the drawing is not big, is
     * never sketched at the levels' scales, or draws more than pixels there; empty too when {@code cancelled} turns
     * true between two levels.
     */
    public static List<Level> levels(GraphDrawing drawing, Rgba background, BooleanSupplier cancelled) {
        Bounds bounds = drawing.bounds();
        double side = Math.max(bounds.width(), bounds.height());
        if (!drawing.isBig() || background.alpha() != 255 || !(side > 0)) {
            return List.of();
        }
        List<Level> levels = new ArrayList<>(LEVEL_SIDES.length);
        for (int pixels : LEVEL_SIDES) {
            double scale = pixels / side;
            if (cancelled.getAsBoolean()) {
                return List.of();
            }
            if (!drawing.sketches(scale) || drawing.labelsNames(scale)) {
                break;
            }
            Capture capture = new Capture();
            drawing.paint(capture, bounds.inflate(drawing.reach(scale)), scale, background);
            if (!capture.onlyPixels()) {
                return List.of();
            }
            levels.add(new Level(capture.argb, capture.width, capture.height, capture.world, scale));
        }
        return List.copyOf(levels);
    }

    /** A surface that keeps the one image a sketch is drawn as, and notes whether anything else was drawn. */
    private static final class Capture implements Surface {

        private int[] argb;
        private int width;
        private int height;
        private Bounds world;
        private boolean other;

        boolean onlyPixels() {
            return argb != null && !other;
        }

        @Override
        public void save() {
        }

        @Override
        public void restore() {
        }

        @Override
        public void transform(double scale, double dx, double dy) {
            other = true;
        }

        @Override
        public void setOpacity(double alpha) {
            other |= alpha != 1;
        }

        @Override
        public void fillRect(double x, double y, double width, double height, Rgba fill) {
            other = true;
        }

        @Override
        public void fillRoundRect(double x, double y, double width, double height, double arc, Rgba fill) {
            other = true;
        }

        @Override
        public void strokeRoundRect(double x, double y, double width, double height, double arc, Stroke stroke) {
            other = true;
        }

        @Override
        public void fillOval(double x, double y, double width, double height, Rgba fill) {
            other = true;
        }

        @Override
        public void strokeOval(double x, double y, double width, double height, Stroke stroke) {
            other = true;
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
            other = true;
        }

        @Override
        public void strokePolygon(double[] xs, double[] ys, Stroke stroke) {
            other = true;
        }

        @Override
        public void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke) {
            other = true;
        }

        @Override
        public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2, Stroke stroke) {
            other = true;
        }

        @Override
        public void fillText(String text, double x, double baseline, FontSpec font, Rgba fill) {
            other = true;
        }

        @Override
        public boolean prefersPixelSketches() {
            return true;
        }

        @Override
        public boolean drawsScreenFrames() {
            return true;
        }

        @Override
        public void drawPixels(int[] pixels, int pixelWidth, int pixelHeight, double x, double y, double w, double h) {
            other |= argb != null;
            argb = Arrays.copyOf(pixels, pixelWidth * pixelHeight);
            width = pixelWidth;
            height = pixelHeight;
            world = new Bounds(x, y, w, h);
        }
    }
}
