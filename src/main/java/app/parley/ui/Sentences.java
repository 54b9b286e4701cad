package app.parley.ui;

/** Lines made sentences, for the status bar and for text copied out: a full stop after them, unless they end one. */
final class Sentences {

    private Sentences() {
    }

    /** {@code text} ending with a full stop ("Add U.S." stays as it is, "Add Hakan Fidan" gets one). */
    static String ended(String text) {
        return text.endsWith(".") || text.endsWith("…") || text.endsWith("?") || text.endsWith("!") ? text
                : text + ".";
    }
}
