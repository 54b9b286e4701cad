package app.parley.graph.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the body of a DOT graph into its statements as Graphviz's lexer reads quoted strings: a backslash takes the
 * next character with it, so {@code \"} stays inside the string and {@code \\"} ends it.
 */
final class DotStatements {

    private DotStatements() {
    }

    /** The statements between the outer braces, each trimmed, without its semicolon. */
    static List<String> of(String dot) {
        int open = dot.indexOf('{');
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int depth = 0;
        for (int i = open + 1; i < dot.length(); i++) {
            char c = dot.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\' && i + 1 < dot.length()) {
                    current.append(dot.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
                current.append(c);
            } else if (c == '[') {
                depth++;
                current.append(c);
            } else if (c == ']') {
                depth--;
                current.append(c);
            } else if ((c == ';' && depth == 0) || (c == '}' && depth == 0)) {
                if (!current.toString().isBlank()) {
                    statements.add(current.toString().strip());
                }
                current.setLength(0);
                if (c == '}') {
                    break;
                }
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new AssertionError("A string is never closed");
        }
        return statements;
    }
}
