package app.parley.render.export;

/**
 * How an SVG document is written besides its shapes.
 *
 * @param title       the document's {@code title} element; empty for none
 * @param description its {@code desc} element (the sources, say); empty for none
 * @param printWidth  the width on paper written as the document's width (its height in proportion), or
 *                    {@code null} to write the pixel size; the view box stays in pixels either way
 */
public record SvgOptions(String title, String description, PrintLength printWidth) {

    /** No title, no description, pixel size. */
    public static final SvgOptions NONE = new SvgOptions("", "", null);

    /** Turns missing texts into empty ones. */
    public SvgOptions {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
    }
}
