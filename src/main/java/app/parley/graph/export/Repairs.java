package app.parley.graph.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts the characters a format cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) that a writer
 * replaced with U+FFFD, and remembers where the first few were, for one line of report.
 */
public final class Repairs {

    /** The character written instead. */
    static final char REPLACEMENT = '\uFFFD';
    private static final int REMEMBERED = 3;

    private final List<String> places = new ArrayList<>();
    private int count;
    private String where = "";

    /** Names the value being written, for the report ("actor fidan, name"). */
    void at(String place) {
        where = place;
    }

    /** Records one replaced character. */
    void replaced() {
        count++;
        if (places.size() < REMEMBERED && !places.contains(where)) {
            places.add(where);
        }
    }

    /** Adds what {@code other} counted. */
    void add(Repairs other) {
        count += other.count;
        for (String place : other.places) {
            if (places.size() < REMEMBERED && !places.contains(place)) {
                places.add(place);
            }
        }
    }

    /** How many characters were replaced. */
    public int count() {
        return count;
    }

    /** One line for people, or empty when nothing was replaced. */
    public String summary(String format) {
        if (count == 0) {
            return "";
        }
        return count + (count == 1 ? " character" : " characters") + " that " + format + " cannot hold (control "
                + "characters, lone surrogates) replaced with U+FFFD, in " + String.join("; ", places)
                + (places.size() < REMEMBERED ? "" : "…");
    }

    /**
     * {@code text} with every character that XML 1.0 does not allow (and so no format written here) replaced; tabs
     * and line breaks are kept, for each format to escape its way.
     */
    String clean(String text) {
        return clean(text, true);
    }

    /** {@code text} with lone surrogates replaced, which no Unicode encoding can hold (JSON escapes the rest). */
    String cleanSurrogates(String text) {
        return clean(text, false);
    }

    private String clean(String text, boolean xml) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || !(xml ? forbidden(c) : Character.isSurrogate(c));
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (allowed) {
                    out.append(c);
                    if (pair) {
                        out.append(text.charAt(i + 1));
                    }
                } else {
                    out.append(REPLACEMENT);
                    replaced();
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean forbidden(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF;
    }
}
