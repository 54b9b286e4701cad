package app.parley.ui;

/** A line for the status bar made a sentence: a full stop after it, unless it already ends with one. */
final class StatusSentence {

    private StatusSentence() {
    }

    /** {@code text} ending with a full stop ("Add U.S." stays as it is, "Add Hakan Fidan" gets one). */
    static String of(String text) {
        return text.endsWith(".") || text.endsWith("…") || text.endsWith("?") || text.endsWith("!") ? text
                : text + ".";
    }
}
