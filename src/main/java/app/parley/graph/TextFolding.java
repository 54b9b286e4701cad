package app.parley.graph;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names for matching: no diacritics, no case, so "Kalin" finds "Kalın" and "dolmabahce" finds "Dolmabahçe". */
public final class TextFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_BREAKS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFolding() {
    }

    /** The text in lower case, with its combining marks stripped and letters without a decomposition spelled out. */
    public static String fold(String text) {
        StringBuilder spelled = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            spelled.append(spellOut(c));
        }
        String stripped = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
        return stripped.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').strip();
    }

    /** The folded words of a text, split at anything that is not a letter or a digit. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_BREAKS.split(fold(text))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String spellOut(char c) {
        return switch (c) {
            case 'ı' -> "i";
            case 'İ' -> "I";
            case 'ß' -> "ss";
            case 'ẞ' -> "SS";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'đ' -> "d";
            case 'Đ' -> "D";
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'þ' -> "th";
            case 'Þ' -> "TH";
            case 'ð' -> "d";
            case 'Ð' -> "D";
            case 'ħ' -> "h";
            case 'Ħ' -> "H";
            default -> String.valueOf(c);
        };
    }
}
