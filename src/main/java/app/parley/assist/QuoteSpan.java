package app.parley.assist;

/**
 * One pair of quotation marks found in the text.
 *
 * @param open   the offset of the opening mark
 * @param close  the offset of the closing mark
 * @param start  the first quoted character
 * @param end    one past the last quoted character, a trailing comma left out
 * @param nested whether the pair stands inside another pair
 */
record QuoteSpan(int open, int close, int start, int end, boolean nested) {

    /** Whether an offset lies between the marks (marks included). */
    boolean covers(int offset) {
        return offset >= open && offset <= close;
    }
}
