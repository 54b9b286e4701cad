package app.parley.assist;

/**
 * A stretch of the article, as UTF-16 offsets, end exclusive.
 *
 * @param start the first character
 * @param end   one past the last character
 */
public record TextRange(int start, int end) {

    /** Checks that the range runs forward. */
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Bad range " + start + "–" + end);
        }
    }

    /** Whether the two ranges share at least one character. */
    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }
}
