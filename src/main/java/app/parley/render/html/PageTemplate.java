package app.parley.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The page's own files, read from the class path: the HTML skeleton, the style sheet, the script and the fonts. The
 * skeleton's {@code {{NAME}}} markers are filled in one pass, so text put in is never read as a marker.
 */
final class PageTemplate {

    private static final String BASE = "/app/parley/render/html/";
    private static final String FONTS = "/app/parley/render/fonts/";

    private PageTemplate() {
    }

    /** The text of the page resource {@code name} (map.html, map.css, map.js). */
    static String resource(String name) {
        return new String(bytes(BASE + name), StandardCharsets.UTF_8);
    }

    /** {@code @font-face} rules that embed DejaVu Sans and its bold as data, the font the SVG was measured with. */
    static String embeddedFonts() {
        return fontFace("DejaVuSans.ttf", "normal") + fontFace("DejaVuSans-Bold.ttf", "bold");
    }

    private static String fontFace(String file, String weight) {
        return "@font-face{font-family:\"DejaVu Sans\";font-weight:" + weight + ";src:url(data:font/ttf;base64,"
                + Base64.getEncoder().encodeToString(bytes(FONTS + file)) + ") format(\"truetype\");}\n";
    }

    /** {@code template} with each {@code {{NAME}}} replaced by {@code values.get(NAME)}; unknown markers fail. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + values.values().stream()
                .mapToInt(String::length).sum());
        int at = 0;
        while (true) {
            int open = template.indexOf("{{", at);
            if (open < 0) {
                return out.append(template, at, template.length()).toString();
            }
            int close = template.indexOf("}}", open);
            String name = template.substring(open + 2, close);
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("The page template names an unknown value: " + name);
            }
            out.append(template, at, open).append(value);
            at = close + 2;
        }
    }

    private static byte[] bytes(String path) {
        try (InputStream in = PageTemplate.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
