package app.parley.io;

import app.parley.model.Dataset;
import java.util.List;
import java.util.Optional;

/**
 * What reading a dataset file gave: the dataset if it can be used, and every problem found.
 *
 * @param dataset  the dataset, or {@code null} when an error stops it from being used
 * @param problems errors and warnings, in file order
 */
public record LoadResult(Dataset dataset, List<Problem> problems) {

    /** Freezes the problem list. */
    public LoadResult {
        problems = List.copyOf(problems);
    }

    /** Whether the dataset can be used (no errors; warnings allowed). */
    public boolean ok() {
        return dataset != null;
    }

    /** The dataset, if it can be used. */
    public Optional<Dataset> datasetIfOk() {
        return Optional.ofNullable(dataset);
    }

    /** Only the errors. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
