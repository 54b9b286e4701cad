package app.parley.ui;

import app.parley.render.GraphDrawing;
import app.parley.render.Scene;
import app.parley.render.Theme;
import app.parley.render.ViewState;

/**
 * Keeps the drawing of the last frame while its scene, theme and view state stay the same, so that panning a big
 * graph does not work out again, frame after frame, which elements are faded or hidden.
 */
final class DrawingCache {

    private GraphDrawing drawing;
    private Theme theme;
    private ViewState state;

    /** The drawing of {@code scene} in {@code theme} styled by {@code state}, reused when none of them changed. */
    GraphDrawing drawing(Scene scene, Theme newTheme, ViewState newState) {
        if (drawing == null || drawing.scene() != scene || theme != newTheme || state != newState) {
            drawing = new GraphDrawing(scene, newTheme, newState);
            theme = newTheme;
            state = newState;
        }
        return drawing;
    }
}
