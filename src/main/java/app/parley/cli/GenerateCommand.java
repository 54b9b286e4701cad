package app.parley.cli;

import app.parley.io.DatasetWriter;
import app.parley.io.synthetic.SyntheticDataset;
import app.parley.model.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code parley generate}: writes a seeded synthetic dataset of any size, valid for {@code check}, for tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes a synthetic dataset: actors with names, kinds and sides in communities, typed "
                + "relations (clustered, preferential attachment), roles, quotes, and articles holding every "
                + "sentence they point at. The same seed always gives the same file.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--actors", required = true, paramLabel = "N", description = "How many actors.")
    private int actors;

    @Option(names = "--relations", required = true, paramLabel = "M", description = "How many relations.")
    private int relations;

    @Option(names = "--roles", paramLabel = "N", description = "How many roles (default: one per eight actors).")
    private Integer roles;

    @Option(names = "--quotes", paramLabel = "N", description = "How many quotes (default: one per four actors).")
    private Integer quotes;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "Where to write the dataset.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        SyntheticDataset.Settings settings;
        try {
            settings = SyntheticDataset.Settings.of(actors, relations, seed);
            if (roles != null) {
                settings = settings.withRoles(roles);
            }
            if (quotes != null) {
                settings = settings.withQuotes(quotes);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Dataset dataset = SyntheticDataset.generate(settings);
        PrintWriter err = spec.commandLine().getErr();
        try {
            new DatasetWriter().save(dataset, out);
        } catch (IOException e) {
            err.println("Could not write " + out + ": " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("Wrote " + out + ": " + dataset.summary() + ".");
        return 0;
    }
}
