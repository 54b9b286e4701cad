package app.parley.assist;

import app.parley.graph.TextFolding;
import java.util.List;

/** Compares person names: folded surnames that match or differ by one letter in transliteration (Zelensky, Zelenskiy). */
final class Names {

    private Names() {
    }

    /** The folded form used to compare one name word. */
    static String key(String word) {
        return TextFolding.fold(word).replace("'", "");
    }

    /** Whether two folded surnames name the same person. */
    static boolean sameSurname(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() < 5 || b.length() < 5 || !a.regionMatches(0, b, 0, 4)) {
            return false;
        }
        return distanceAtMostOne(a, b);
    }

    /** Whether the given names of two people agree (equal, an initial of the other, or one of them unknown). */
    static boolean sameGivenNames(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2) {
            return true;
        }
        String first = key(a.get(0));
        String other = key(b.get(0));
        return first.equals(other) || first.length() == 1 && other.startsWith(first)
                || other.length() == 1 && first.startsWith(other)
                || first.length() >= 4 && other.length() >= 4 && distanceAtMostOne(first, other);
    }

    private static boolean distanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
