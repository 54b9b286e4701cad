package app.parley.render.paint;

import app.parley.render.scene.FontSpec;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.TextWrap;
import app.parley.render.scene.Theme;
import java.util.Arrays;
import java.util.List;

/**
 * A line along the bottom edge naming the source the picture rests on, and the tool that drew it; in a picture too
 * narrow for it, the source wraps onto more lines.
 */
public final class CaptionOverlay implements Overlay {

    /** The caption of a map that rests on no article yet. */
    public static final String NO_SOURCE = "No source yet: add the article the map rests on (File › Add article…)";

    private static final double PADDING = 8;
    private static final double MARGIN = 16;

    private final String source;
    private final Theme theme;
    private final TextMeasurer measurer;
    private final double scale;

    /**
     * A caption.
     *
     * @param source   the citation ("Title, Publisher, 2025-05-16")
     * @param theme    colours and type
     * @param measurer text widths
     * @param scale    output pixels per screen pixel
     */
    public CaptionOverlay(String source, Theme theme, TextMeasurer measurer, double scale) {
        if (scale <= 0) {
            throw new IllegalArgumentException("Scale must be positive");
        }
        this.source = source;
        this.theme = theme;
        this.measurer = measurer;
        this.scale = scale;
    }

    private FontSpec font() {
        FontSpec base = theme.noteFont();
        return new FontSpec(base.family(), base.size() * scale, false);
    }

    /** The height of the caption band on one line. */
    public double height() {
        return measurer.lineHeight(font()) + 2 * PADDING * scale;
    }

    /** The height of the caption band in a picture {@code width} pixels wide. */
    public double height(double width) {
        return lines(width).size() * measurer.lineHeight(font()) + 2 * PADDING * scale;
    }

    private List<String> lines(double width) {
        return TextWrap.lines(text(), font(), Math.max(1, width - 2 * MARGIN * scale), measurer);
    }

    /** The words of the caption: the source, or that the map has none yet. */
    public String text() {
        return source == null || source.isBlank() ? NO_SOURCE : "Source: " + source;
    }

    @Override
    public Object appearance() {
        return Arrays.asList(CaptionOverlay.class, source, theme, measurer, scale);
    }

    @Override
    public void paint(Surface surface, double width, double height) {
        FontSpec font = font();
        List<String> lines = lines(width);
        double band = height(width);
        double top = height - band;
        surface.fillRect(0, top, width, band, theme.panel());
        double baseline = top + PADDING * scale + measurer.ascent(font);
        for (String line : lines) {
            surface.fillText(line, MARGIN * scale, baseline, font, theme.mutedText());
            baseline += measurer.lineHeight(font);
        }
        baseline -= measurer.lineHeight(font);
        String credit = "Drawn with Parley";
        double creditWidth = measurer.width(credit, font);
        String last = lines.get(lines.size() - 1);
        if (MARGIN * scale * 3 + measurer.width(last, font) + creditWidth < width) {
            surface.fillText(credit, width - MARGIN * scale - creditWidth, baseline, font, theme.mutedText());
        }
    }
}
