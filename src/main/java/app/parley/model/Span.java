package app.parley.model;

import java.util.Objects;

/**
 * A stretch of a source's text, as UTF-16 offsets in the way {@link String#substring(int, int)} counts them.
 *
 * @param sourceId the source the offsets point into
 * @param start    the first character, inclusive
 * @param end      the last character, exclusive
 */
public record Span(String sourceId, int start, int end) {

    /** Checks that the offsets describe a forward range. */
    public Span {
        Objects.requireNonNull(sourceId, "sourceId");
        if (start < 0) {
            throw new IllegalArgumentException("Span start must not be negative");
        }
        if (end < start) {
            throw new IllegalArgumentException("Span end must not be before its start");
        }
    }

    /** The number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Whether this span lies wholly inside {@code other}. */
    public boolean within(Span other) {
        return sourceId.equals(other.sourceId) && start >= other.start && end <= other.end;
    }
}
