package app.parley.io;

/**
 * Text from a file made safe to print in one message: control characters (escape, bell, line breaks…) and lone
 * surrogates are written as {@code \}{@code uXXXX}, so nothing from the data can drive a terminal, and a message
 * longer than {@value #LIMIT} characters keeps its start and end around a note of how much was cut, so a
 * 50-million-character value is never echoed whole.
 */
public final class SafeText {

    /** The longest message printed whole. */
    static final int LIMIT = 400;
    private static final int HEAD = 260;
    private static final int TAIL = 100;

    private SafeText() {
    }

    /** {@code text}, escaped and cut. */
    public static String of(String text) {
        if (text.length() > LIMIT) {
            int tailStart = text.length() - TAIL;
            int head = Character.isHighSurrogate(text.charAt(HEAD - 1)) ? HEAD - 1 : HEAD;
            int tail = Character.isLowSurrogate(text.charAt(tailStart)) ? tailStart + 1 : tailStart;
            return escaped(text.substring(0, head)) + " …[" + (tail - head) + " characters cut]… "
                    + escaped(text.substring(tail));
        }
        return escaped(text);
    }

    private static String escaped(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean unsafe = !pair && (Character.isISOControl(c) || Character.isSurrogate(c)
                    || c == '\u2028' || c == '\u2029' || c == '\u202E');
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (unsafe) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                    if (pair) {
                        out.append(text.charAt(i + 1));
                    }
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
