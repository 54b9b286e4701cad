package app.parley.ui;

import app.parley.render.paint.GraphDrawing;
import app.parley.render.scene.Scene;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;

/**
 * Keeps the drawing of the last frame while its scene, theme and view state stay the same, so that panning a big
 * graph does not work out again, frame after frame, which elements are faded or hidden.
 */
final class DrawingCache {

    /** The size names are set at on screen when the cards are drawn too small for their own text, in pixels. */
    static final double TARGET_NAME_PX = 12;
    /** The least size a name is set at on screen, in pixels. */
    static final double LEAST_NAME_PX = 10;

    private final TextMeasurer measurer;
    private GraphDrawing drawing;
    private Theme theme;
    private ViewState state;

    /** A cache whose drawings set names with {@code measurer}. */
    DrawingCache(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The drawing of {@code scene} in {@code theme} styled by {@code state}, reused when none of them changed. */
    GraphDrawing drawing(Scene scene, Theme newTheme, ViewState newState) {
        if (drawing == null || drawing.scene() != scene || theme != newTheme || state != newState) {
            drawing = new GraphDrawing(scene, newTheme, newState).withReadableNames(measurer, TARGET_NAME_PX,
                    LEAST_NAME_PX);
            theme = newTheme;
            state = newState;
        }
        return drawing;
    }
}
