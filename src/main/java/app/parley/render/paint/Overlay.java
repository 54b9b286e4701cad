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
}
