package app.parley.session;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Readable ids made from names: lower case, accents folded, words joined by hyphens, a number added on a clash. */
public final class Ids {

    private Ids() {
    }

    /** "İbrahim Kalın" → "ibrahim-kalin"; {@code fallback} when the name has no letters or digits. */
    public static String slug(String name, String fallback) {
        StringBuilder folded = new StringBuilder();
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(fold(c));
            }
        }
        String slug = folded.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code base} if it is free, else {@code base-2}, {@code base-3}, … whichever is free first. */
    public static String fresh(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Letters that do not decompose into a base letter and accents. */
    private static String fold(char c) {
        return switch (c) {
            case 'ı' -> "i";
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'đ' -> "d";
            case 'Đ' -> "D";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'þ' -> "th";
            default -> String.valueOf(c);
        };
    }
}
