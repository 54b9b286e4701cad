package app.parley.cli;

import app.parley.io.DatasetReader;
import app.parley.io.LoadResult;
import app.parley.io.Problem;
import app.parley.io.interop.DatasetFiles;
import app.parley.io.interop.Opened;
import app.parley.model.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --dataset FILE} option shared by commands, defaulting to the bundled Istanbul talks. */
final class DatasetOption {

    @Option(names = "--dataset", paramLabel = "FILE",
            description = "The dataset: a Parley .json file, or a graph of another tool (.graphml, .gexf, .cyjs, "
                    + "or a folder of CSV tables); the bundled Istanbul talks dataset if left out.")
    private Path file;

    /** The file named, or {@code null} for the bundled dataset. */
    Path file() {
        return file;
    }

    /** The dataset, or empty after printing its problems to {@code err} as {@code check} does. */
    Optional<Dataset> load(PrintWriter err) {
        if (file == null) {
            return Optional.of(DatasetReader.istanbul());
        }
        Opened opened = new DatasetFiles().open(file);
        opened.unmapped().forEach(note -> err.println(file + ": warning: not brought over: " + note));
        return Loading.report(file, opened.result(), err);
    }

    /** Prints what loading found. */
    static final class Loading {

        private Loading() {
        }

        /** Prints every problem and, on failure, a count; returns the dataset if it can be used. */
        static Optional<Dataset> report(Path file, LoadResult result, PrintWriter out) {
            for (Problem problem : result.problems()) {
                out.println(problem.format(file.toString()));
            }
            if (!result.ok()) {
                long errors = result.errors().size();
                long warnings = result.problems().size() - errors;
                out.println(file + ": " + errors + (errors == 1 ? " error" : " errors")
                        + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : "")
                        + "; the dataset cannot be opened.");
            }
            out.flush();
            return result.datasetIfOk();
        }
    }
}
