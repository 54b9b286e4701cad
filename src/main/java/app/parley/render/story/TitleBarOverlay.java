package app.parley.render.story;

import app.parley.render.paint.Overlay;
import app.parley.render.paint.Surface;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.TextWrap;
import app.parley.render.scene.Theme;
import java.util.List;

/**
 * A band across the top of a presentation slide: the step's caption in large type, wrapped to at most three lines, and
 * a small step counter ("3 / 12") at the right.
 */
public final class TitleBarOverlay implements Overlay {

    private static final double CAPTION_PX = 38;
    private static final double COUNTER_PX = 26;
    private static final double PAD_X = 36;
    private static final double PAD_Y = 18;
    private static final double LINE_SPACING = 1.18;
    private static final int MAX_LINES = 3;

    private final String caption;
    private final String counter;
    private final Theme theme;
    private final TextMeasurer measurer;
    private final double unit;

    /**
     * A title bar.
     *
     * @param caption  the step's caption
     * @param counter  the step counter, or empty for none
     * @param theme    colours
     * @param measurer text widths
     * @param unit     output pixels per pixel of a 1920 x 1080 slide
     */
    public TitleBarOverlay(String caption, String counter, Theme theme, TextMeasurer measurer, double unit) {
        if (!(unit > 0)) {
            throw new IllegalArgumentException("Unit must be positive");
        }
        this.caption = caption;
        this.counter = counter;
        this.theme = theme;
        this.measurer = measurer;
        this.unit = unit;
    }

    /** The caption's font. */
    public FontSpec captionFont() {
        return FontSpec.bold(CAPTION_PX * unit);
    }

    private FontSpec counterFont() {
        return FontSpec.regular(COUNTER_PX * unit);
    }

    private List<String> lines(double width) {
        double counterWidth = counter.isEmpty() ? 0 : measurer.width(counter, counterFont()) + PAD_X * unit;
        List<String> lines = TextWrap.lines(caption, captionFont(), width - 2 * PAD_X * unit - counterWidth, measurer);
        return lines.size() <= MAX_LINES ? lines : lines.subList(0, MAX_LINES);
    }

    private double lineHeight() {
        return measurer.lineHeight(captionFont()) * LINE_SPACING;
    }

    /** The height of the band on an image {@code width} pixels wide. */
    public double height(double width) {
        return lines(width).size() * lineHeight() + 2 * PAD_Y * unit;
    }

    @Override
    public void paint(Surface surface, double width, double height) {
        double band = height(width);
        surface.fillRect(0, 0, width, band, theme.panel());
        surface.fillRect(0, band - 3 * unit, width, 3 * unit, theme.text());
        FontSpec font = captionFont();
        double baseline = PAD_Y * unit + measurer.ascent(font) + (lineHeight() - measurer.lineHeight(font)) / 2;
        for (String line : lines(width)) {
            surface.fillText(line, PAD_X * unit, baseline, font, theme.text());
            baseline += lineHeight();
        }
        if (!counter.isEmpty()) {
            FontSpec small = counterFont();
            double x = width - PAD_X * unit - measurer.width(counter, small);
            surface.fillText(counter, x, PAD_Y * unit + measurer.ascent(font), small, theme.mutedText());
        }
    }
}
