package app.parley.render.scene;

/** Measures every character as 0.6 of the font size wide, so tests know exact sizes without a toolkit. */
public final class FixedMeasurer implements TextMeasurer {

    @Override
    public double width(String text, FontSpec font) {
        return text.length() * font.size() * 0.6;
    }

    @Override
    public double ascent(FontSpec font) {
        return font.size() * 0.8;
    }

    @Override
    public double descent(FontSpec font) {
        return font.size() * 0.2;
    }
}
