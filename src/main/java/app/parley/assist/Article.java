package app.parley.assist;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An article cut up for the rules: quotes, sentences, paragraphs, tokens and, once found, mentions. */
final class Article {

    final String text;
    final List<QuoteSpan> quotes;
    final List<TextRange> sentences;
    final boolean[] quoted;
    final List<Token> tokens;
    final List<Mention> mentions = new ArrayList<>();

    Article(String text) {
        this.text = text;
        this.quotes = QuoteFinder.find(text);
        this.quoted = new boolean[text.length()];
        for (QuoteSpan quote : quotes) {
            for (int i = quote.open(); i <= quote.close(); i++) {
                quoted[i] = true;
            }
        }
        this.sentences = SentenceSplitter.split(text, quotes);
        this.tokens = Tokenizer.tokens(text, quoted);
    }

    /** The index of the first token starting at or after {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence holding {@code offset}, or a one-character range when none does. */
    TextRange sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextRange s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return new TextRange(offset, Math.min(text.length(), offset + 1));
    }

    /** The start of the paragraph (line) holding {@code offset}. */
    int paragraphStart(int offset) {
        return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    }

    /** The end of the paragraph (line) holding {@code offset}. */
    int paragraphEnd(int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }

    /** The mentions sorted by start, once all are found. */
    void sortMentions() {
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** The index of the last mention starting before {@code offset}, or -1. */
    int mentionBefore(int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** The mentions as a read-only list. */
    List<Mention> mentions() {
        return Collections.unmodifiableList(mentions);
    }
}
