package app.parley.cli;

import app.parley.io.Problem;
import java.nio.file.Path;

/** Prints problems the way compilers do, so editors can jump to them: {@code file:line:column: error: message}. */
final class ProblemFormat {

    private ProblemFormat() {
    }

    static String line(Path file, Problem problem) {
        StringBuilder out = new StringBuilder(file.toString());
        if (problem.line() > 0) {
            out.append(':').append(problem.line()).append(':').append(problem.column());
        }
        out.append(": ").append(problem.isError() ? "error" : "warning").append(": ").append(problem.message());
        if (!problem.pointer().isEmpty()) {
            out.append(" [").append(problem.pointer()).append(']');
        }
        return out.toString();
    }
}
