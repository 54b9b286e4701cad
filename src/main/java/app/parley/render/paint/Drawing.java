package app.parley.render.paint;

import app.parley.render.scene.Bounds;
import app.parley.render.scene.Rgba;

/** Content laid out in world coordinates that paints itself onto a surface, skipping what lies outside a window. */
public interface Drawing {

    /** The world rectangle that holds everything the drawing paints. */
    Bounds bounds();

    /**
     * Paints onto {@code surface}, whose transform already maps world coordinates to the output.
     *
     * @param surface where to paint
     * @param visible the world rectangle that will be seen; content wholly outside it may be skipped
     * @param scale   output pixels per world unit, for choosing what is readable at this size
     */
    void paint(Surface surface, Bounds visible, double scale);

    /**
     * Paints as {@link #paint(Surface, Bounds, double)} does, over {@code backdrop}: an opaque colour already filling
     * everything under the drawing, which images the drawing makes of itself may be composed over (an opaque image
     * costs the renderer less than one it has to blend).
     */
    default void paint(Surface surface, Bounds visible, double scale, Rgba backdrop) {
        paint(surface, visible, scale);
    }
}
