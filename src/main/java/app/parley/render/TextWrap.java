package app.parley.render;

import java.util.ArrayList;
import java.util.List;

/** Breaks text into lines no wider than a width, at spaces; a word wider than the width gets a line of its own. */
public final class TextWrap {

    private TextWrap() {
    }

    /** The lines of {@code text} in {@code font} that fit {@code width}; at least one line. */
    public static List<String> lines(String text, FontSpec font, double width, TextMeasurer measurer) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && measurer.width(candidate, font) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
