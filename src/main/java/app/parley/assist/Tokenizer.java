package app.parley.assist;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words (keeping abbreviations like U.S. whole, splitting off a possessive ’s) and punctuation. */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*|\\p{N}+(?:[.,:]\\p{N}+)*|\\S");

    private Tokenizer() {
    }

    /** The tokens of {@code text}; {@code quoted} marks the characters inside quotation marks. */
    static List<Token> tokens(String text, boolean[] quoted) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String word = m.group();
            int start = m.start();
            int end = m.end();
            boolean possessive = false;
            if (word.length() > 2 && (word.endsWith("’s") || word.endsWith("'s"))) {
                word = word.substring(0, word.length() - 2);
                end -= 2;
                possessive = true;
            }
            tokens.add(new Token(word, start, end, possessive, quoted[start]));
        }
        return tokens;
    }
}
