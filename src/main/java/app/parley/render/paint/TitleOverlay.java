package app.parley.render.paint;

import app.parley.render.scene.FontSpec;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.TextWrap;
import app.parley.render.scene.Theme;
import java.util.List;

/** The picture's title in a band along the top edge, wrapped onto more lines when the picture is narrow. */
public final class TitleOverlay implements Overlay {

    private static final double MARGIN = 16;
    private static final double PADDING_TOP = 14;
    private static final double PADDING_BOTTOM = 6;
    private static final double SIZE = 1.5;

    private final String title;
    private final Theme theme;
    private final TextMeasurer measurer;
    private final double scale;

    /**
     * A title.
     *
     * @param title    the words, not blank
     * @param theme    colours and type
     * @param measurer text widths
     * @param scale    output pixels per screen pixel
     */
    public TitleOverlay(String title, Theme theme, TextMeasurer measurer, double scale) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A title needs words");
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("Scale must be positive");
        }
        this.title = title.strip();
        this.theme = theme;
        this.measurer = measurer;
        this.scale = scale;
    }

    private FontSpec font() {
        return FontSpec.bold(theme.overlayFont().size() * SIZE * scale);
    }

    private List<String> lines(double width) {
        return TextWrap.lines(title, font(), Math.max(1, width - 2 * MARGIN * scale), measurer);
    }

    /** The height of the band when the picture is {@code width} pixels wide. */
    public double height(double width) {
        return (PADDING_TOP + PADDING_BOTTOM) * scale + lines(width).size() * measurer.lineHeight(font());
    }

    @Override
    public void paint(Surface surface, double width, double height) {
        FontSpec font = font();
        double baseline = PADDING_TOP * scale + measurer.ascent(font);
        for (String line : lines(width)) {
            surface.fillText(line, MARGIN * scale, baseline, font, theme.text());
            baseline += measurer.lineHeight(font);
        }
    }
}
