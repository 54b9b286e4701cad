package app.parley.assist;

import app.parley.model.QuoteKind;

/**
 * Words in quotation marks and who said them.
 *
 * @param text    the characters between the marks, without one trailing comma
 * @param start   where they start
 * @param end     where they end (exclusive)
 * @param speaker the speaking actor's name, or {@code null} when unsure
 * @param kind    always {@link QuoteKind#DIRECT}: the words stand in quotation marks
 */
public record SuggestedQuote(String text, int start, int end, String speaker, QuoteKind kind) {

    /** The span as a range. */
    public TextRange range() {
        return new TextRange(start, end);
    }
}
