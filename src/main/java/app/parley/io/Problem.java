package app.parley.io;

import java.util.Objects;

/**
 * One thing wrong with a dataset file, with where it is and what it is.
 *
 * @param severity whether the file can still be used
 * @param pointer  JSON pointer of the value concerned ("" for the whole document)
 * @param line     1-based line in the file, or 0 if unknown
 * @param column   1-based column in the file, or 0 if unknown
 * @param message  one plain sentence saying what is wrong
 */
public record Problem(Severity severity, String pointer, int line, int column, String message) {

    /** Whether a problem stops the file from being used. */
    public enum Severity {
        /** The file cannot be opened until this is fixed. */
        ERROR,
        /** The file opens, but something is worth a look. */
        WARNING
    }

    /** Checks the required fields; the message and pointer are made safe to print (see {@link SafeText}). */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        message = SafeText.of(message);
        pointer = SafeText.of(pointer);
    }

    /** An error at {@code pointer} whose place in the file is not yet known. */
    public static Problem error(String pointer, String message) {
        return new Problem(Severity.ERROR, pointer, 0, 0, message);
    }

    /** A warning at {@code pointer} whose place in the file is not yet known. */
    public static Problem warning(String pointer, String message) {
        return new Problem(Severity.WARNING, pointer, 0, 0, message);
    }

    /** The same problem placed at a line and column. */
    public Problem at(int newLine, int newColumn) {
        return new Problem(severity, pointer, newLine, newColumn, message);
    }

    /** Whether this problem stops the file from being used. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "line 12:5, /quotes/3/speaker: message", the form printed to people. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (line > 0) {
            out.append("line ").append(line).append(':').append(column);
        }
        if (!pointer.isEmpty()) {
            out.append(out.length() > 0 ? ", " : "").append(pointer);
        }
        if (out.length() > 0) {
            out.append(": ");
        }
        if (severity == Severity.WARNING) {
            out.append("warning: ");
        }
        return out.append(message).toString();
    }

    /** The form compilers use, so editors can jump to it: {@code file:line:column: error: message [pointer]}. */
    public String format(String file) {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        out.append(": ").append(isError() ? "error" : "warning").append(": ").append(message);
        if (!pointer.isEmpty()) {
            out.append(" [").append(pointer).append(']');
        }
        return out.toString();
    }
}
