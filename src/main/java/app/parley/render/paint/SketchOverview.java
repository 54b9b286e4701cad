package app.parley.render.paint;

import app.parley.render.scene.Bounds;
import app.parley.render.scene.Rgba;
import java.util.ArrayList;
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
            PixelCapture capture = new PixelCapture();
            drawing.paint(capture, bounds.inflate(drawing.reach(scale)), scale, background);
            if (!capture.onlyPixels()) {
                return List.of();
            }
            levels.add(new Level(capture.argb(), capture.width(), capture.height(), capture.world(), scale));
        }
        return List.copyOf(levels);
    }
}
