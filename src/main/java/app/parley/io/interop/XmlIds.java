package app.parley.io.interop;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers as GraphML wants them (XML name tokens): an id of ASCII name characters, without {@code _x}, is kept;
 * any other has every character but ASCII letters, digits, {@code .} and {@code -} written as {@code _xHHHH_} (the
 * UTF-16 code unit in hex), which {@link #decode} undoes.
 */
public final class XmlIds {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-F]{4})_");

    private XmlIds() {
    }

    /** {@code id} as an XML name token. */
    public static String encode(String id) {
        if (!id.isEmpty() && !id.contains("_x") && id.chars().allMatch(XmlIds::nameCharacter)) {
            return id;
        }
        StringBuilder out = new StringBuilder(id.length() + 16);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-')) {
                out.append(c);
            } else {
                out.append(String.format("_x%04X_", (int) c));
            }
        }
        return out.isEmpty() ? "_x0000_" : out.toString();
    }

    /** The identifier {@code token} stands for. */
    public static String decode(String token) {
        if (!token.contains("_x")) {
            return token;
        }
        Matcher matcher = ESCAPE.matcher(token);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            char c = (char) Integer.parseInt(matcher.group(1), 16);
            matcher.appendReplacement(out, c == 0 ? "" : Matcher.quoteReplacement(String.valueOf(c)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** ASCII name characters only: which other letters XML 1.0 allows depends on the parser's edition. */
    private static boolean nameCharacter(int c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == ':');
    }
}
