package app.parley.graph.export;

/**
 * Turns any text into a DOT quoted string that says exactly that text: backslashes and double quotes are escaped,
 * line breaks become {@code \n} (a centred line break in labels), other characters the format cannot hold are
 * replaced and counted. Nothing a name holds can close the string, so none can add a statement.
 */
final class DotText {

    private final Repairs repairs;

    DotText(Repairs repairs) {
        this.repairs = repairs;
    }

    /**
     * {@code text} as a quoted DOT string. Graphviz shows a label's {@code \\} as one backslash; an identifier keeps
     * both, the only way DOT can hold a backslash before a closing quote.
     */
    String quoted(String text) {
        String clean = repairs.clean(text == null ? "" : text);
        StringBuilder out = new StringBuilder(clean.length() + 2).append('"');
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 >= clean.length() || clean.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                case '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
