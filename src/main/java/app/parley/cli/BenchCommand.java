package app.parley.cli;

import app.parley.render.fx.FxPlatform;
import app.parley.session.EditRefused;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench}: generates graphs of several sizes and prints how long loading, layout, panning and zooming in a
 * window, and PNG export take, and how much heap they need.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures Parley on generated graphs: load (read, check, measure cards), force layout, scene, "
                + "frames of a scripted pan and zoom drawn headless in a window-sized canvas (median and 95th "
                + "percentile while moving, and still frames), PNG export of the whole graph, and peak heap.",
            "Run the 100,000-actor size with -Xmx2g to check it fits in 2 GB. --dot writes each graph as DOT, to "
                + "time Graphviz on the same graph: sfdp -Tpng graph-10000.dot -o sfdp.png"})
final class BenchCommand implements Callable<Integer> {

    private static final int LARGEST_EDITED = 10_000;

    @Option(names = "--sizes", split = ",", defaultValue = "1000,10000,100000", paramLabel = "N,N…",
            description = "Numbers of actors (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--edges-per-actor", defaultValue = "3", paramLabel = "K",
            description = "Edges per actor, roles and relations together (default: ${DEFAULT-VALUE}).")
    private int edgesPerActor;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
            description = "Layout runs the median is taken over (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the datasets and layouts (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--window", defaultValue = "1920x1080", paramLabel = "WxH",
            description = "Size of the window the frames are drawn in (default: ${DEFAULT-VALUE}).")
    private String window;

    @Option(names = "--png-side", defaultValue = "8192", paramLabel = "PX",
            description = "Longest side of the exported PNG (default: ${DEFAULT-VALUE}).")
    private int pngSide;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Keep the datasets, PNGs (and DOT files) in this folder instead of a temporary one.")
    private Path out;

    @Option(names = "--dot", description = "Also write each graph as graph-N.dot for Graphviz.")
    private boolean dot;

    @Option(names = "--cold-names", description = "Time the moving frames without the names' pixels kept by the "
            + "untimed pass, as a first visit to every view draws them.")
    private boolean coldNames;

    @Option(names = "--json", description = "Print the figures as JSON instead of a table.")
    private boolean json;

    @Option(names = "--suggest", description = "Measure only the article assistant on a 10,000-word article.")
    private boolean suggest;

    @Option(names = "--end-to-end", description = "Measure only a PNG export by a fresh process, from its start to the "
            + "file written, beside sfdp -Tpng on the same graph, with where the time went (the first of --sizes, "
            + "default 10000 actors, or --graph).")
    private boolean endToEnd;

    @Option(names = "--graph", paramLabel = "FILE", description = "With --end-to-end: draw this dataset instead of a "
            + "generated one.")
    private Path graph;

    @Option(names = "--png-width", defaultValue = "2600", paramLabel = "PX",
            description = "With --end-to-end: the width of the PNG (default: ${DEFAULT-VALUE}).")
    private int pngWidth;

    @Option(names = "--java-option", paramLabel = "OPTION",
            description = "With --end-to-end: an option for every Parley process (repeatable), such as -Xmx2g.")
    private List<String> javaOptions = new ArrayList<>();

    @Option(names = "--quality", description = "Measure only layout quality and time on test graphs of each size "
            + "(with --dot, sfdp's too): neighbourhood preservation, stress, edge-length spread, crossings.")
    private boolean quality;

    @Option(names = "--graphs", split = ",", defaultValue = "rgg,grid,mesh,sbm,clustered", paramLabel = "NAME,…",
            description = "Test graphs of --quality (default: ${DEFAULT-VALUE}).")
    private List<String> graphs;

    @Option(names = "--edits", defaultValue = "1000", paramLabel = "N",
            description = "Edits undone in the editing figures, measured on sizes up to 10,000 actors "
                    + "(default: ${DEFAULT-VALUE}; 0 leaves them out).")
    private int edits;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (suggest) {
            spec.commandLine().getOut().println(SuggestBench.run(runs));
            return 0;
        }
        if (endToEnd) {
            return endToEnd();
        }
        int[] size = windowSize();
        if (runs < 1 || edgesPerActor < 0 || pngSide < 16 || sizes.stream().anyMatch(n -> n < 2)) {
            throw new ParameterException(spec.commandLine(),
                    "--runs must be positive, --edges-per-actor not negative, --png-side at least 16 and sizes at "
                            + "least 2");
        }
        PrintWriter print = spec.commandLine().getOut();
        Path folder = out != null ? Files.createDirectories(out) : Files.createTempDirectory("parley-bench");
        FxPlatform.start();
        if (quality) {
            return quality(print, size, folder);
        }
        BenchRun bench = new BenchRun(new BenchRun.Plan(edgesPerActor, runs, seed, size[0], size[1], pngSide, folder,
                dot, coldNames));
        List<BenchFigures> figures = new ArrayList<>();
        if (!json) {
            print.println(header(size));
            print.println(BenchTable.HEADINGS);
            print.flush();
        }
        for (int actors : sizes) {
            BenchFigures measured = bench.measure(actors);
            figures.add(measured);
            if (!json) {
                print.println(BenchTable.row(measured));
                print.flush();
            }
        }
        List<EditBench.Figures> editing = editing(size);
        if (!json) {
            editing.forEach(figure -> print.println(figure.line()));
        }
        if (json) {
            print.println(json(size, figures, editing));
        } else if (out != null) {
            print.println("Files in " + folder);
        }
        if (out == null) {
            deleteFolder(folder);
        }
        print.flush();
        return 0;
    }

    private int endToEnd() throws IOException {
        boolean defaultSizes = sizes.equals(List.of(1000, 10000, 100000));
        int actors = defaultSizes ? 10_000 : sizes.get(0);
        if (actors < 2 || runs < 1 || pngWidth < 16) {
            throw new ParameterException(spec.commandLine(), "--end-to-end needs at least 2 actors, a positive "
                    + "--runs and a --png-width of at least 16");
        }
        Path folder = out != null ? Files.createDirectories(out) : Files.createTempDirectory("parley-bench");
        EndToEndBench.Figures figures = EndToEndBench.of(new EndToEndBench.Plan(actors, seed, pngWidth, runs, folder,
                graph, javaOptions, EndToEndBench.launcherBesideJar().orElse(null))).measure();
        PrintWriter print = spec.commandLine().getOut();
        print.print(json ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(figures.fields()) + System.lineSeparator() : figures.text());
        if (out == null) {
            deleteFolder(folder);
        }
        print.flush();
        return 0;
    }

    /** Prints the quality table of every test graph at every size. */
    private int quality(PrintWriter print, int[] size, Path folder) throws IOException {
        if (!TestGraphs.NAMES.containsAll(graphs)) {
            throw new ParameterException(spec.commandLine(), "--graphs takes some of " + TestGraphs.NAMES);
        }
        Optional<Path> sfdp = dot ? SfdpPositions.program() : Optional.empty();
        print.println(header(size));
        if (dot && sfdp.isEmpty()) {
            print.println("sfdp is not on the PATH: Graphviz left out");
        }
        print.println(QualityBench.HEADINGS);
        print.flush();
        QualityBench bench = new QualityBench(runs, seed, pngSide, folder, sfdp);
        for (int actors : sizes) {
            for (String graph : graphs) {
                print.println(bench.measure(graph, actors));
                print.flush();
            }
        }
        if (out != null) {
            print.println("Files in " + folder);
        } else {
            deleteFolder(folder);
        }
        print.flush();
        return 0;
    }

    private int[] windowSize() {
        String[] parts = window.toLowerCase(Locale.ROOT).split("x");
        try {
            int width = Integer.parseInt(parts[0]);
            int height = Integer.parseInt(parts[1]);
            if (parts.length == 2 && width >= 200 && height >= 200) {
                return new int[] {width, height};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new ParameterException(spec.commandLine(), "--window takes WIDTHxHEIGHT, such as 1920x1080");
        }
        throw new ParameterException(spec.commandLine(), "--window must be at least 200x200");
    }

    private static String header(int[] size) {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "Parley bench: %d processors, %s %s, max heap %,d MB, window %dx%d",
                runtime.availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                runtime.maxMemory() >> 20, size[0], size[1]);
    }

    /** The editing figures for every size up to {@value #LARGEST_EDITED} actors. */
    private List<EditBench.Figures> editing(int[] size) {
        List<EditBench.Figures> measured = new ArrayList<>();
        if (edits <= 0) {
            return measured;
        }
        EditBench bench = new EditBench(size[0], size[1], Math.max(21, runs), edits);
        for (int actors : sizes) {
            if (actors <= LARGEST_EDITED) {
                try {
                    measured.add(bench.measure(actors, edgesPerActor * actors, seed));
                } catch (EditRefused refused) {
                    throw new IllegalStateException("An edit of the generated map was refused: "
                            + refused.getMessage(), refused);
                }
            }
        }
        return measured;
    }

    private String json(int[] size, List<BenchFigures> figures, List<EditBench.Figures> editing)
            throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("processors", Runtime.getRuntime().availableProcessors());
        root.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        root.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        root.put("window", size[0] + "x" + size[1]);
        root.put("seed", seed);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BenchFigures figure : figures) {
            rows.add(BenchTable.fields(figure));
        }
        root.put("sizes", rows);
        root.put("editing", editing);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }
}
