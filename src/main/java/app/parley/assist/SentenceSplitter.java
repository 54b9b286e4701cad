package app.parley.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an article into sentences: at a full stop, question or exclamation mark followed by a capital, never after a
 * known abbreviation or an initial, never inside quotation marks, and always at a line break.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = WordSet.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt",
            "capt", "gov", "sen", "rep", "prof", "jr", "sr", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sep",
            "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.k", "u.n", "e.g", "i.e", "inc", "ltd", "co", "corp",
            "adm", "maj", "brig", "rev", "hon", "fig", "approx");

    private SentenceSplitter() {
    }

    /** The sentences of {@code text} as ranges without surrounding white space, in order. */
    static List<TextRange> split(String text, List<QuoteSpan> quotes) {
        boolean[] quoted = new boolean[text.length()];
        for (QuoteSpan quote : quotes) {
            if (!quote.nested()) {
                for (int i = quote.open() + 1; i < quote.close() && i < text.length(); i++) {
                    quoted[i] = true;
                }
            }
        }
        List<TextRange> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && !quoted[i]) {
                add(text, start, i, sentences);
                start = i + 1;
            } else if ((c == '.' || c == '?' || c == '!') && !quoted[i]) {
                int after = i + 1;
                while (after < text.length() && "”’\"')]»".indexOf(text.charAt(after)) >= 0) {
                    after++;
                }
                if (endsSentence(text, i, after)) {
                    add(text, start, after, sentences);
                    start = after;
                }
            } else if ((c == '”' || c == '"' || c == '»') && i > 0 && quoted[i - 1] && !quoted[i]
                    && ".?!".indexOf(text.charAt(i - 1)) >= 0 && endsSentence(text, i - 1, i + 1)) {
                add(text, start, i + 1, sentences);
                start = i + 1;
            }
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    private static boolean endsSentence(String text, int mark, int after) {
        if (after >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(after))) {
            return false;
        }
        int next = after;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length() || text.charAt(next) == '\n') {
            return true;
        }
        char first = text.charAt(next);
        boolean capital = Character.isUpperCase(first) || Character.isDigit(first) || "“\"‘'«(".indexOf(first) >= 0;
        return capital && (text.charAt(mark) != '.' || !abbreviationBefore(text, mark));
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(String text, int start, int end, List<TextRange> sentences) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            sentences.add(new TextRange(s, e));
        }
    }
}
