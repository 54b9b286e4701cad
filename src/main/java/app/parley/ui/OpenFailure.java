package app.parley.ui;

import app.parley.io.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * A dataset that could not be opened, with every problem found in it.
 *
 * @param file     the file
 * @param problems what is wrong, in file order
 */
public record OpenFailure(Path file, List<Problem> problems) {

    /** Freezes the list. */
    public OpenFailure {
        problems = List.copyOf(problems);
    }
}
