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
        description = {"Writes a synthetic dataset: actors with names, kinds and sides in communities, typed "
                + "relations (clustered: most inside a community, each community with its own hubs; the rest to "
                + "prominent actors or those named most), roles, quotes, and articles holding every sentence they "
                + "point at. The same seed always gives the same file; the modularity of the planted communities is "
                + "printed.",
            "--shape writes a test graph whose right drawing is known instead: rgg (random geometric), grid, mesh "
                + "(triangular) or sbm (stochastic block model), with about --actors actors."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--actors", required = true, paramLabel = "N", description = "How many actors.")
    private int actors;

    @Option(names = "--relations", paramLabel = "M",
            description = "How many relations (default: three per actor; a --shape sets its own).")
    private Integer relations;

    @Option(names = "--shape", defaultValue = "clustered", paramLabel = "NAME",
            description = "clustered, rgg, grid, mesh or sbm (default: ${DEFAULT-VALUE}).")
    private String shape;

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
        SyntheticDataset.Generated generated;
        try {
            generated = generated();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Dataset dataset = generated.dataset();
        PrintWriter err = spec.commandLine().getErr();
        try {
            new DatasetWriter().save(dataset, out);
        } catch (IOException e) {
            err.println("Could not write " + out + ": " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("Wrote " + out + ": " + dataset.summary() + ".");
        if (generated.community() != null) {
            spec.commandLine().getOut().println(PlantedCommunities.describe(dataset, generated.community()));
        }
        return 0;
    }

    /** The dataset asked for, with its planted communities when it has any. */
    private SyntheticDataset.Generated generated() {
        if (!shape.equals("clustered")) {
            if (!TestGraphs.NAMES.contains(shape)) {
                throw new IllegalArgumentException("--shape takes one of " + TestGraphs.NAMES);
            }
            if (relations != null || roles != null || quotes != null) {
                throw new IllegalArgumentException("--shape " + shape + " sets its own relations, roles and quotes");
            }
            if (actors < 4) {
                throw new IllegalArgumentException("--shape needs at least 4 actors");
            }
            TestGraphs.Made made = TestGraphs.make(shape, actors, seed);
            return new SyntheticDataset.Generated(made.dataset(), made.community());
        }
        SyntheticDataset.Settings settings = SyntheticDataset.Settings.of(actors,
                relations != null ? relations : 3 * actors, seed);
        if (roles != null) {
            settings = settings.withRoles(roles);
        }
        if (quotes != null) {
            settings = settings.withQuotes(quotes);
        }
        return SyntheticDataset.planted(settings);
    }
}
