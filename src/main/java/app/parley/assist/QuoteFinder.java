package app.parley.assist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every pair of quotation marks: curly, straight and angle double quotes, single quotes at the top level or
 * nested inside double ones, and quotes that run over several paragraphs (each new paragraph reopening the quote).
 */
final class QuoteFinder {

    private final String text;
    private final List<QuoteSpan> found = new ArrayList<>();

    private QuoteFinder(String text) {
        this.text = text;
    }

    /** The quotes of a text, in order of their opening marks. */
    static List<QuoteSpan> find(String text) {
        QuoteFinder finder = new QuoteFinder(text);
        finder.scan();
        finder.found.sort(Comparator.comparingInt(QuoteSpan::open));
        return List.copyOf(finder.found);
    }

    private void scan() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char closer = doubleCloser(c, i);
            if (closer != 0) {
                int close = findDoubleClose(i, c, closer);
                if (close > 0) {
                    add(i, close, false);
                    findNested(i + 1, close);
                    i = close + 1;
                    continue;
                }
            } else if (opensSingle(i)) {
                int close = findSingleClose(i + 1, paragraphEnd(i));
                if (close > 0) {
                    add(i, close, false);
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
    }

    private char doubleCloser(char c, int at) {
        return switch (c) {
            case '“' -> '”';
            case '«' -> '»';
            case '„' -> '“';
            case '"' -> opensStraight(at) ? '"' : 0;
            default -> 0;
        };
    }

    private boolean opensStraight(int at) {
        if (at + 1 >= text.length() || Character.isWhitespace(text.charAt(at + 1))) {
            return false;
        }
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return Character.isWhitespace(before) || "([{—–-/:;,‘'".indexOf(before) >= 0;
    }

    /** The closing mark of a double quote opened at {@code open}, following it over paragraph breaks; -1 if none. */
    private int findDoubleClose(int open, char opener, char closer) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == closer && (closer != '"' || !opensStraight(i) || closesStraight(i))) {
                return i;
            }
            if (c == opener && opener != '"' && opener != closer) {
                return -1;
            }
            if (c == '\n') {
                int next = i;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < text.length() && text.charAt(next) == opener) {
                    i = next;
                    continue;
                }
                return -1;
            }
        }
        return -1;
    }

    private boolean closesStraight(int at) {
        return at + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 1));
    }

    private boolean opensSingle(int at) {
        char c = text.charAt(at);
        if (c != '‘' && c != '\'') {
            return false;
        }
        if (at + 1 >= text.length() || !Character.isLetter(text.charAt(at + 1))) {
            return false;
        }
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        return Character.isWhitespace(before) || "([{—–-/:;,“\"".indexOf(before) >= 0;
    }

    /** A closing single mark before {@code limit} that is not an apostrophe inside a word; -1 if none. */
    private int findSingleClose(int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c != '’' && c != '\'') {
                continue;
            }
            boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            boolean spaceBefore = Character.isWhitespace(text.charAt(i - 1));
            if (!letterAfter && !spaceBefore && !pluralPossessive(i, limit)) {
                return i;
            }
        }
        return -1;
    }

    /** An apostrophe after a plural noun ("the delegations’ demands") when the quote would close later anyway. */
    private boolean pluralPossessive(int at, int limit) {
        if (text.charAt(at - 1) != 's' || at + 2 >= limit || text.charAt(at + 1) != ' ') {
            return false;
        }
        return Character.isLowerCase(text.charAt(at + 2)) && findSingleClose(at + 1, limit) > 0;
    }

    private void findNested(int from, int limit) {
        int i = from;
        while (i < limit) {
            if (opensSingle(i)) {
                int close = findSingleClose(i + 1, limit);
                if (close > 0) {
                    add(i, close, true);
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
    }

    private int paragraphEnd(int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private void add(int open, int close, boolean nested) {
        int end = close;
        if (end > open + 1 && text.charAt(end - 1) == ',') {
            end--;
        }
        if (end > open + 1) {
            found.add(new QuoteSpan(open, close, open + 1, end, nested));
        }
    }
}
