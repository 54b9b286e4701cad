package app.parley.render.scene;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines no wider than a given width, at spaces, and inside a word only when it alone is too wide. */
public final class TextWrap {

    private TextWrap() {
    }

    /** The lines of {@code text} in {@code font}, each at most {@code width} wide; at least one line. */
    public static List<String> lines(String text, FontSpec font, double width, TextMeasurer measurer) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (measurer.width(candidate, font) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (measurer.width(rest, font) > width && rest.length() > 1) {
                int fits = fittingPrefix(rest, font, width, measurer);
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** How many leading characters of {@code word} fit in {@code width}; at least one, never splitting a pair. */
    private static int fittingPrefix(String word, FontSpec font, double width, TextMeasurer measurer) {
        int fits = 1;
        for (int end = 1; end <= word.length(); end++) {
            if (end < word.length() && Character.isLowSurrogate(word.charAt(end))) {
                continue;
            }
            if (measurer.width(word.substring(0, end), font) > width) {
                break;
            }
            fits = end;
        }
        if (fits < word.length() && Character.isLowSurrogate(word.charAt(fits))) {
            fits++;
        }
        return Math.min(fits, word.length() - 1);
    }
}
