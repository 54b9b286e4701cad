package app.parley.render.paint;

/** Content placed in output coordinates over the drawing, such as a legend or a caption line. */
public interface Overlay {

    /**
     * Paints onto {@code surface}, whose transform maps output pixels (origin at the top left of the whole image).
     *
     * @param surface where to paint
     * @param width   the width of the whole image in output pixels
     * @param height  the height of the whole image in output pixels
     */
    void paint(Surface surface, double width, double height);

    /**
     * What this overlay shows, equal for overlays that paint the same pixels onto images of the same size, so that a
     * moving view can keep them as pixels; {@code null} (the default) when that cannot be told, and it is painted
     * every frame.
     */
    default Object appearance() {
        return null;
    }
}
