package app.parley.render.raster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a PNG is written besides its pixels.
 *
 * @param dpi  resolution recorded in the file (pHYs), in pixels per inch
 * @param text text entries such as {@code Title}, {@code Source}, {@code Software} or {@code Description}, in order;
 *             keywords are 1 to 79 Latin-1 characters, values any text without NUL characters
 */
public record PngOptions(double dpi, Map<String, String> text) {

    /** Screen resolution, for images that are only looked at. */
    public static final double SCREEN_DPI = 96;

    /** Checks the resolution and every text entry, and freezes the entries in their order. */
    public PngOptions {
        if (!(dpi > 0) || Double.isInfinite(dpi)) {
            throw new IllegalArgumentException("DPI must be a positive number");
        }
        text.forEach(PngOptions::checkEntry);
        text = Collections.unmodifiableMap(new LinkedHashMap<>(text));
    }

    /** {@code dpi} pixels per inch and no text. */
    public static PngOptions ofDpi(double dpi) {
        return new PngOptions(dpi, Map.of());
    }

    /** These options with one more text entry, replacing any of the same keyword. */
    public PngOptions withText(String keyword, String value) {
        Map<String, String> more = new LinkedHashMap<>(text);
        more.put(keyword, value);
        return new PngOptions(dpi, more);
    }

    /** The resolution in pixels per metre, as PNG stores it. */
    public long pixelsPerMetre() {
        return Math.round(dpi / 0.0254);
    }

    private static void checkEntry(String keyword, String value) {
        if (keyword.isEmpty() || keyword.length() > 79) {
            throw new IllegalArgumentException("PNG text keyword must have 1 to 79 characters: '" + keyword + "'");
        }
        if (keyword.startsWith(" ") || keyword.endsWith(" ") || keyword.contains("  ")) {
            throw new IllegalArgumentException("PNG text keyword must not start or end with a space or hold two in a row: '"
                    + keyword + "'");
        }
        for (int i = 0; i < keyword.length(); i++) {
            char c = keyword.charAt(i);
            if (c < 0x20 || c > 0xFF || (c >= 0x7F && c < 0xA1)) {
                throw new IllegalArgumentException("PNG text keyword must be printable Latin-1: '" + keyword + "'");
            }
        }
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("PNG text value must not contain NUL characters (keyword '"
                    + keyword + "')");
        }
    }
}
