package app.parley.render.scene;

/** Measures text in a font the way surfaces draw it. Implementations cache, so text is measured once. */
public interface TextMeasurer {

    /** The advance width of one line of text. */
    double width(String text, FontSpec font);

    /** The distance from the top of a line to its baseline. */
    double ascent(FontSpec font);

    /** The distance from the baseline to the bottom of a line. */
    double descent(FontSpec font);

    /** The height of one line, ascent plus descent plus leading. */
    default double lineHeight(FontSpec font) {
        return ascent(font) + descent(font);
    }
}
