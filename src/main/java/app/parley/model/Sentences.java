package app.parley.model;

/** Finds sentence boundaries in article text: a full stop, question or exclamation mark before a capital, or a line break. */
final class Sentences {

    private static final String CLOSERS = "\"”’')";

    private Sentences() {
    }

    /** The sentence that contains {@code span}, widened to whole sentences if the span crosses a boundary. */
    static Span around(String text, Span span) {
        int start = Math.min(span.start(), text.length());
        while (start > 0 && !endsSentenceBefore(text, start)) {
            start--;
        }
        int end = Math.max(Math.min(span.end(), text.length()), start);
        while (end < text.length() && !endsSentenceBefore(text, end)) {
            end++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return new Span(span.sourceId(), start, end);
    }

    /** Whether a sentence ends just before {@code index}, so that a new one may begin there. */
    private static boolean endsSentenceBefore(String text, int index) {
        if (index <= 0) {
            return false;
        }
        char previous = text.charAt(index - 1);
        if (previous == '\n') {
            return true;
        }
        if (!Character.isWhitespace(previous)) {
            return false;
        }
        int mark = index - 1;
        while (mark > 0 && Character.isWhitespace(text.charAt(mark - 1)) && text.charAt(mark - 1) != '\n') {
            mark--;
        }
        int punct = mark - 1;
        while (punct >= 0 && CLOSERS.indexOf(text.charAt(punct)) >= 0) {
            punct--;
        }
        if (punct < 0 || ".!?".indexOf(text.charAt(punct)) < 0) {
            return false;
        }
        return index < text.length() && startsSentence(text.charAt(index));
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘".indexOf(c) >= 0;
    }
}
