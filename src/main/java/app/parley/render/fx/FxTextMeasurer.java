package app.parley.render.fx;

import app.parley.render.scene.FontSpec;
import app.parley.render.scene.TextMeasurer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.geometry.Bounds;
import javafx.scene.text.Text;

/**
 * Measures text with JavaFX's own text layout in the bundled fonts, so measured widths match what {@link FxSurface}
 * draws. Each (text, font) pair is measured once; usable from any thread.
 *
 * <p>Text in the bundled font of simple characters only (Latin, Greek and basic Cyrillic letters, digits,
 * punctuation, typographic quotes and dashes, and spaces: no control characters, combining marks, right-to-left or
 * complex scripts) is not laid out:
 * JavaFX sets such text as one run of glyphs, each as wide as it is alone and never kerned, so its width is the float
 * sum of the characters' widths, each measured once per font with the text layout. Other text is laid out.
 */
public final class FxTextMeasurer implements TextMeasurer {

    private static final int MAX_CACHED_WIDTHS = 200_000;
    private static final String METRICS_SAMPLE = "Hg";

    /** Characters below this one may be simple (see {@link #isSimple}); the advances are kept for them. */
    private static final char SIMPLE_END = '\u203B';

    private final Map<Key, Double> widths = new ConcurrentHashMap<>();
    private final Map<FontSpec, LineMetrics> metrics = new ConcurrentHashMap<>();
    /** The widths of simple characters by font, shared by every measurer: they depend on the font alone. */
    private static final Map<FontSpec, float[]> ADVANCES = new ConcurrentHashMap<>();

    @Override
    public double width(String text, FontSpec font) {
        if (text.isEmpty()) {
            return 0;
        }
        float simple = simpleWidth(text, font);
        if (simple >= 0) {
            return simple;
        }
        Key key = new Key(text, font);
        Double cached = widths.get(key);
        if (cached != null) {
            return cached;
        }
        if (widths.size() >= MAX_CACHED_WIDTHS) {
            widths.clear();
        }
        double width = layoutBounds(text, font).getWidth();
        widths.put(key, width);
        return width;
    }

    /**
     * The width of text of simple characters only in the bundled font (which has a glyph for each), summed as JavaFX
     * sums it; -1 for any other text or font.
     */
    private float simpleWidth(String text, FontSpec font) {
        if (!FontSpec.FAMILY.equals(font.family())) {
            return -1;
        }
        float[] known = null;
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSimple(c)) {
                return -1;
            }
            if (known == null) {
                known = ADVANCES.computeIfAbsent(font, spec -> new float[SIMPLE_END]);
            }
            float advance = known[c];
            if (advance == 0) {
                // Measured at most a few times per character (threads may race to the same value); 0 means not yet.
                advance = (float) layoutBounds(String.valueOf(c), font).getWidth();
                known[c] = advance == 0 ? Float.MIN_VALUE : advance;
            }
            width += advance == Float.MIN_VALUE ? 0 : advance;
        }
        return width;
    }

    /**
     * Whether JavaFX sets {@code c} as a glyph of the bundled font on its own: printable ASCII, Latin-1 and Latin
     * Extended A and B (no soft hyphen), Greek and basic Cyrillic, and the common typographic punctuation (dashes,
     * curly quotes as in "Ukraine’s", bullet, ellipsis, per mille, primes, angle quotes); no combining marks, which are
     * shaped, and none of the invisible format characters (zero-width spaces, direction marks, line separators).
     */
    static boolean isSimple(char c) {
        return c >= ' ' && c <= '~' || c >= '\u00A0' && c <= '\u024F' && c != '\u00AD'
                || c >= '\u0370' && c <= '\u045F' && isGreekOrCyrillicLetter(c)
                || c >= '\u2010' && c < SIMPLE_END && isTypographicPunctuation(c);
    }

    private static boolean isTypographicPunctuation(char c) {
        return c <= '\u2022' || c == '\u2026' || c == '\u2030' || c == '\u2032' || c == '\u2033' || c == '\u2039'
                || c == '\u203A';
    }

    private static boolean isGreekOrCyrillicLetter(char c) {
        return c >= '\u0391' && c <= '\u03C9' && c != '\u03A2' || c >= '\u0400' && c <= '\u045F';
    }

    /**
     * Loads {@code font} and measures the printable ASCII characters in it ahead of need, say on the thread that
     * started the toolkit while the data is read.
     */
    public static void prepare(FontSpec font) {
        StringBuilder ascii = new StringBuilder();
        for (char c = ' '; c <= '~'; c++) {
            ascii.append(c);
        }
        new FxTextMeasurer().simpleWidth(ascii.toString(), font);
    }

    @Override
    public double ascent(FontSpec font) {
        return lineMetrics(font).ascent();
    }

    @Override
    public double descent(FontSpec font) {
        return lineMetrics(font).descent();
    }

    private LineMetrics lineMetrics(FontSpec font) {
        return metrics.computeIfAbsent(font, spec -> {
            Bounds bounds = layoutBounds(METRICS_SAMPLE, spec);
            return new LineMetrics(-bounds.getMinY(), bounds.getMaxY());
        });
    }

    private static Bounds layoutBounds(String text, FontSpec font) {
        Text node = new Text(text);
        node.setFont(ParleyFonts.font(font));
        return node.getLayoutBounds();
    }

    private record Key(String text, FontSpec font) {
    }

    private record LineMetrics(double ascent, double descent) {
    }
}
