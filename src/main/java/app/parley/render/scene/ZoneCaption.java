package app.parley.render.scene;

import app.parley.layout.Backdrop;
import java.util.Optional;

/**
 * A zone's caption as it is drawn at a scale: in the zone's top left corner, at its own size when that reads, else
 * enlarged towards {@link #LEAST_CAPTION_PX} on the output as far as the band above the zone's cards and the zone's
 * width allow. The painter draws it and the name labels keep off it.
 *
 * @param text     the caption
 * @param x        where the text starts, in world units
 * @param baseline the text's baseline, in world units
 * @param font     the font, in world units
 */
public record ZoneCaption(String text, double x, double baseline, FontSpec font) {

    /** The least height of a zone's caption on the output, in pixels, when the zone leaves room for it. */
    public static final double LEAST_CAPTION_PX = 12;
    /** Smallest output size, in pixels, a caption is drawn at. */
    private static final double LEAST_DRAWN_PX = 4.5;
    /** How much of the band above a zone's cards an enlarged caption may take. */
    private static final double CAPTION_SHARE_OF_BAND = 0.75;
    /** A bold character's mean advance, as a share of the type size (DejaVu Sans Bold, generous). */
    private static final double CAPTION_ADVANCE = 0.66;
    /** A capital's height, as a share of the type size. */
    private static final double CAPTION_CAP_HEIGHT = 0.73;

    /** The caption of {@code backdrop} in {@code theme} at {@code scale}; empty when it has none or it is too small. */
    public static Optional<ZoneCaption> of(Backdrop backdrop, Theme theme, double scale) {
        if (backdrop.label().isEmpty()) {
            return Optional.empty();
        }
        FontSpec font = theme.zoneFont();
        double pad = 14 * theme.fontScale();
        double size = font.size();
        double baseline = backdrop.y() + pad + font.size();
        if (size * scale < LEAST_CAPTION_PX) {
            double band = 2 * pad + font.size();
            double widest = (backdrop.width() - pad) / (CAPTION_ADVANCE * backdrop.label().length());
            size = Math.min(LEAST_CAPTION_PX / scale, Math.min(band * CAPTION_SHARE_OF_BAND, widest));
            size = Math.max(size, font.size());
            baseline = backdrop.y() + (band + size * CAPTION_CAP_HEIGHT) / 2;
        }
        if (size * scale < LEAST_DRAWN_PX) {
            return Optional.empty();
        }
        double inset = Math.min(pad, Math.max(pad / 3, (backdrop.width() - CAPTION_ADVANCE * size
                * backdrop.label().length()) / 2));
        return Optional.of(new ZoneCaption(backdrop.label(), backdrop.x() + inset, baseline,
                size == font.size() ? font : FontSpec.bold(size)));
    }

    /** The rectangle the caption's text takes, in world units. */
    public Bounds box(TextMeasurer measurer) {
        double ascent = measurer.ascent(font);
        return new Bounds(x, baseline - ascent, measurer.width(text, font), ascent + measurer.descent(font));
    }
}
