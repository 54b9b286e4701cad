package app.parley.io.interop;

/** Text from files and parsers made fit for a message: short, and with control characters shown as escapes. */
final class Messages {

    private static final int LIMIT = 160;

    private Messages() {
    }

    /** {@code text} cut to a short excerpt, control characters written as {@code \}{@code uXXXX}. */
    static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < LIMIT; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                    && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
                if (Character.isHighSurrogate(c)) {
                    out.append(text.charAt(++i));
                }
            }
        }
        if (out.length() >= LIMIT && text.length() > LIMIT) {
            out.append("… (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }
}
