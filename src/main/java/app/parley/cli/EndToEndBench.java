package app.parley.cli;

import app.parley.graph.ActorGraph;
import app.parley.io.DatasetWriter;
import app.parley.io.LoadResult;
import app.parley.io.interop.DatasetFiles;
import app.parley.io.synthetic.SyntheticDataset;
import app.parley.model.Dataset;
import app.parley.render.scene.Theme;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code bench --end-to-end} figures: a PNG of a whole graph made by a fresh process, from its start to the file
 * written, as a user meets it; timed for {@code parley export} (with and without a class data sharing archive of
 * Parley's classes) and for Graphviz's {@code sfdp -Tpng} on the same graph in the same run, the runs interleaved so
 * that a busy machine slows all alike. Each Parley run prints where its time went ({@code export --timings}); the
 * split of the median run is reported.
 */
final class EndToEndBench {

    /** Marks the line with the shell's {@code /proc} record in a timed command's standard error. */
    private static final String STAT_MARK = "parley-bench-stat: ";

    /** The class data sharing archive the bench makes for the jar with a training run. */
    static final String ARCHIVE = "parley.jsa";

    /** The launcher script's name. */
    static final String LAUNCHER = "parley";

    private final Plan plan;
    private final Runner runner;
    private final boolean sfdp;

    /**
     * What to measure.
     *
     * @param actors      actors of the generated graph (when no dataset is given)
     * @param seed        seed of the generated graph and the layout
     * @param width       width of the PNG in pixels
     * @param runs        runs of each command; medians are reported
     * @param folder      where the graph, the archive and the pictures go
     * @param dataset     a dataset to draw instead of a generated one, or {@code null}
     * @param javaOptions options given to every Parley process (a collector, say)
     * @param launcher    the {@code parley} launcher script to time as users run Parley, or {@code null}
     */
    record Plan(int actors, long seed, int width, int runs, Path folder, Path dataset, List<String> javaOptions,
                Path launcher) {

        /** A plan that times no launcher script. */
        Plan(int actors, long seed, int width, int runs, Path folder, Path dataset, List<String> javaOptions) {
            this(actors, seed, width, runs, folder, dataset, javaOptions, null);
        }
    }

    /**
     * One timed command: its wall time, its processor time (all threads; negative when unknown) and, for Parley, the
     * phases it reported.
     */
    record Run(double millis, double cpuMillis, List<PhaseTimes.Phase> phases, List<PhaseTimes.Phase> parts) {

        /** A run whose processor time is not known. */
        Run(double millis, List<PhaseTimes.Phase> phases, List<PhaseTimes.Phase> parts) {
            this(millis, -1, phases, parts);
        }
    }

    /** Runs a command to its end and times it. */
    interface Runner {
        /** Runs {@code command} in {@code folder}; returns its wall time and standard error, or fails. */
        Output run(List<String> command, Path folder) throws IOException;
    }

    /**
     * What a finished command left: its wall time in milliseconds, exit code, standard error and processor time
     * (negative when unknown).
     */
    record Output(double millis, int exitCode, String stderr, double cpuMillis) {

        /** Output whose processor time is not known. */
        Output(double millis, int exitCode, String stderr) {
            this(millis, exitCode, stderr, -1);
        }
    }

    /**
     * A way of starting Parley: a name and the JVM options it adds, or the launcher script that starts it.
     *
     * @param name     how the figures name it
     * @param options  options before {@code -jar}
     * @param launcher the launcher script run instead of {@code java}, or {@code null}
     */
    record Variant(String name, List<String> options, Path launcher) {

        /** A way of starting Parley with {@code java} and these options. */
        Variant(String name, List<String> options) {
            this(name, options, null);
        }
    }

    /** The median run of a way of starting Parley. */
    record Timed(Variant variant, Run run) {
    }

    /** The medians of each way of making the picture, with the split of Parley's median runs. */
    record Figures(String graph, int width, int runs, Optional<Run> sfdp, List<Timed> parley) {

        /** The median wall time of {@code sfdp}, when it is installed. */
        Optional<Double> sfdpMillis() {
            return sfdp.map(Run::millis);
        }

        /** The fastest way of starting Parley. */
        Timed fastest() {
            return parley.stream().min((a, b) -> Double.compare(a.run().millis(), b.run().millis())).orElseThrow();
        }

        /** The way users start Parley, the launcher script, when it was timed; else the fastest way. */
        Timed headline() {
            return parley.stream().filter(timed -> timed.variant().launcher() != null).findFirst()
                    .orElseGet(this::fastest);
        }

        /** The printed report. */
        String text() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "End to end, %s, a PNG %d px wide, from process start to file "
                    + "written (median of %d runs, interleaved; processor time of all threads beside):%n", graph, width,
                    runs));
            sfdp.ifPresentOrElse(run -> out.append(row("sfdp -Tpng", run)),
                    () -> out.append(String.format(Locale.ROOT, "  %-52s (not installed)%n", "sfdp -Tpng")));
            for (Timed timed : parley) {
                out.append(row(timed.variant().name(), timed.run()));
            }
            Timed headline = headline();
            Run split = headline.run();
            out.append("Where the time went (").append(headline.variant().name())
                    .append(", its median run; cpu: all threads, the JVM start's up to the command):\n");
            for (PhaseTimes.Phase phase : split.phases()) {
                out.append(String.format(Locale.ROOT, "  %-40s %6.0f ms%s%n", phase.name(), phase.millis(),
                        phase.cpuMillis() < 0 ? "" : String.format(Locale.ROOT, "   cpu %6.0f ms", phase.cpuMillis())));
            }
            double reported = split.phases().stream().mapToDouble(PhaseTimes.Phase::millis).sum();
            out.append(String.format(Locale.ROOT, "  %-40s %6.0f ms%n", "exit (the rest)",
                    Math.max(0, split.millis() - reported)));
            for (PhaseTimes.Phase part : split.parts()) {
                out.append(String.format(Locale.ROOT, "  of which %-31s %6.0f ms (busy, overlapping)%n",
                        part.name(), part.millis()));
            }
            return out.toString();
        }

        private String row(String name, Run run) {
            boolean isSfdp = sfdp.isPresent() && sfdp.get() == run;
            String ratio = sfdp.filter(reference -> !isSfdp).map(reference -> String.format(Locale.ROOT,
                    " (%.2f × sfdp's)", run.millis() / reference.millis())).orElse("");
            String cpu = run.cpuMillis() < 0 ? "" : String.format(Locale.ROOT, "   cpu %6.2f s%s", run.cpuMillis() / 1000,
                    sfdp.filter(reference -> !isSfdp && reference.cpuMillis() > 0).map(reference -> String.format(
                            Locale.ROOT, " (%.2f × sfdp's)", run.cpuMillis() / reference.cpuMillis())).orElse(""));
            return String.format(Locale.ROOT, "  %-52s %6.2f s%s%s%n", name, run.millis() / 1000, ratio, cpu);
        }

        /** The figures as fields for JSON. */
        Map<String, Object> fields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("graph", graph);
            fields.put("width", width);
            fields.put("runs", runs);
            fields.put("sfdpMillis", sfdpMillis().orElse(null));
            fields.put("sfdpCpuMillis", sfdp.map(Run::cpuMillis).filter(cpu -> cpu >= 0).orElse(null));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Timed timed : parley) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("parley", timed.variant().name());
                row.put("javaOptions", timed.variant().options());
                row.put("launcher", timed.variant().launcher() != null);
                row.put("millis", timed.run().millis());
                row.put("cpuMillis", timed.run().cpuMillis() < 0 ? null : timed.run().cpuMillis());
                Map<String, Double> split = new LinkedHashMap<>();
                timed.run().phases().forEach(phase -> split.put(phase.name(), phase.millis()));
                row.put("split", split);
                rows.add(row);
            }
            fields.put("parley", rows);
            return fields;
        }
    }

    /** A bench that runs its commands with {@code runner}, and {@code sfdp} too when {@code sfdp} is true. */
    EndToEndBench(Plan plan, Runner runner, boolean sfdp) {
        this.plan = plan;
        this.runner = runner;
        this.sfdp = sfdp;
    }

    /** A bench that starts real processes, timing {@code sfdp} when it is on the PATH. */
    static EndToEndBench of(Plan plan) {
        return new EndToEndBench(plan, EndToEndBench::runProcess, onPath("sfdp"));
    }

    /** The {@code parley} launcher script the build writes beside the jar this class runs from, if there is one. */
    static Optional<Path> launcherBesideJar() {
        return ownJar().map(jar -> jar.resolveSibling(LAUNCHER)).filter(Files::isExecutable);
    }

    /** Prepares the graph, its DOT file and the archive, then times every command {@code runs} times. */
    Figures measure() throws IOException {
        Path dataset = plan.dataset() != null ? plan.dataset() : generated();
        Dataset loaded = load(dataset);
        ActorGraph graph = ActorGraph.of(loaded);
        Path dot = plan.folder().resolve("graph.dot");
        BenchDotFile.write(graph, Theme.LIGHT, plan.width(), dot);
        String described = String.format(Locale.ROOT, "%,d actors and %,d links (%s)", graph.size(),
                graph.links().size(), dataset.getFileName());
        Path archive = plan.folder().resolve(ARCHIVE);
        Files.deleteIfExists(archive);
        check(runner.run(parley(dataset, List.of("-XX:ArchiveClassesAtExit=" + archive)), plan.folder()),
                "the training run for the archive");
        List<Variant> variants = variants(archive, plan.launcher());
        if (plan.launcher() != null) {
            forgetLauncherArchives();
            check(runner.run(parley(dataset, variants.get(0)), plan.folder()), "the launcher's first run");
        }
        List<Run> sfdpRuns = new ArrayList<>();
        List<List<Run>> runs = new ArrayList<>();
        variants.forEach(variant -> runs.add(new ArrayList<>()));
        for (int run = 0; run < plan.runs(); run++) {
            if (sfdp) {
                Output output = check(runner.run(List.of("sfdp", "-Tpng", dot.toString(), "-o",
                        plan.folder().resolve("sfdp.png").toString()), plan.folder()), "sfdp");
                sfdpRuns.add(new Run(output.millis(), output.cpuMillis(), List.of(), List.of()));
            }
            for (int v = 0; v < variants.size(); v++) {
                Variant variant = variants.get(v);
                runs.get(v).add(parsed(check(runner.run(parley(dataset, variant), plan.folder()),
                        variant.name())));
            }
        }
        List<Timed> timed = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            timed.add(new Timed(variants.get(v), median(runs.get(v))));
        }
        return new Figures(described, plan.width(), plan.runs(),
                sfdp ? Optional.of(median(sfdpRuns)) : Optional.empty(), timed);
    }

    /**
     * The ways of starting Parley that are timed: with the {@code parley} launcher script when there is one (its
     * archive made by an untimed first run, as a user's first run makes it); plainly; with the class data sharing
     * archive; and, without the launcher, with the archive, C1 only (a short run spends more processor time compiling
     * with C2 than it saves) and the serial collector, as the launcher runs it.
     */
    static List<Variant> variants(Path archive, Path launcher) {
        String shared = "-XX:SharedArchiveFile=" + archive;
        List<Variant> variants = new ArrayList<>();
        if (launcher != null) {
            variants.add(new Variant("parley export (the launcher, target/" + LAUNCHER + ")", List.of(), launcher));
        }
        variants.add(new Variant("java -jar parley.jar export", List.of()));
        variants.add(new Variant("java " + shared.replace(archive.toString(), ARCHIVE) + " -jar …", List.of(shared)));
        if (launcher == null) {
            variants.add(new Variant("… " + ARCHIVE + ", -XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
                    List.of(shared, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")));
        }
        return variants;
    }

    /** Removes the launcher's archives from the bench's folder, so that its first run makes one afresh. */
    private void forgetLauncherArchives() throws IOException {
        try (var files = Files.list(plan.folder())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(LAUNCHER + "-") && name.endsWith(".jsa")) {
                    Files.delete(file);
                }
            }
        }
    }

    /**
     * The command that runs {@code variant}: the launcher through {@code env}, keeping its archive in the bench's
     * folder and passing the plan's options; else {@code java} with the variant's options.
     */
    List<String> parley(Path dataset, Variant variant) {
        if (variant.launcher() == null) {
            return parley(dataset, variant.options());
        }
        List<String> command = new ArrayList<>(List.of("env", "PARLEY_CACHE_DIR=" + plan.folder().toAbsolutePath(),
                "PARLEY_JAVA_OPTIONS=" + String.join(" ", plan.javaOptions()), variant.launcher().toString()));
        command.addAll(exportArguments(dataset));
        return command;
    }

    private Path generated() throws IOException {
        Path file = plan.folder().resolve("synthetic-" + plan.actors() + ".json");
        new DatasetWriter().save(SyntheticDataset.generate(
                SyntheticDataset.Settings.of(plan.actors(), 3 * plan.actors(), plan.seed())), file);
        return file;
    }

    private static Dataset load(Path file) {
        LoadResult result = new DatasetFiles().open(file).result();
        return result.datasetIfOk().orElseThrow(() -> new IllegalArgumentException(file + " cannot be opened: "
                + (result.errors().isEmpty() ? "unknown problem" : result.errors().get(0).describe())));
    }

    /** The command that exports {@code dataset} as the figure's PNG, with {@code extra} JVM options. */
    List<String> parley(Path dataset, List<String> extra) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(extra);
        command.addAll(plan.javaOptions());
        Optional<Path> jar = ownJar();
        if (jar.isPresent()) {
            command.add("-jar");
            command.add(jar.get().toString());
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("app.parley.Launcher");
        }
        command.addAll(exportArguments(dataset));
        return command;
    }

    private List<String> exportArguments(Path dataset) {
        return List.of("export", "--dataset", dataset.toAbsolutePath().toString(), "--layout", "force",
                "--seed", Long.toString(plan.seed()), "--width", Integer.toString(plan.width()), "--no-legend",
                "--no-caption", "--timings", "--out", plan.folder().resolve("parley.png").toString());
    }

    /** The jar this class was loaded from, when it was (not when running from Maven's class folders). */
    private static Optional<Path> ownJar() {
        CodeSource source = EndToEndBench.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location)
                    : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Output check(Output output, String what) {
        if (output.exitCode() != 0) {
            throw new IllegalStateException(what + " failed with exit code " + output.exitCode() + ": "
                    + output.stderr().strip());
        }
        return output;
    }

    /** A Parley run's wall time with the phases its {@code --timings} printed. */
    static Run parsed(Output output) {
        List<PhaseTimes.Phase> phases = new ArrayList<>();
        List<PhaseTimes.Phase> parts = new ArrayList<>();
        for (String line : output.stderr().split("\\R")) {
            if (line.startsWith("timing part: ")) {
                PhaseTimes.parse(line.replace("timing part: ", "timing: ")).ifPresent(parts::add);
            } else {
                PhaseTimes.parse(line).filter(phase -> !phase.name().equals("total")).ifPresent(phases::add);
            }
        }
        return new Run(output.millis(), output.cpuMillis(), phases, parts);
    }

    /** The run of median wall time (the higher middle one of an even number). */
    static Run median(List<Run> runs) {
        Run[] sorted = runs.stream().sorted((a, b) -> Double.compare(a.millis(), b.millis())).toArray(Run[]::new);
        return sorted[sorted.length / 2];
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    /**
     * Runs {@code command} and times it. On Linux it runs under a shell that, once the command has ended, prints its
     * own {@code /proc} record, whose children's times are the command's processor time (all its threads).
     */
    private static Output runProcess(List<String> command, Path folder) throws IOException {
        boolean accounted = Files.isReadable(Path.of("/proc/self/stat")) && Files.isExecutable(Path.of("/bin/sh"));
        List<String> run = new ArrayList<>();
        if (accounted) {
            run.addAll(List.of("/bin/sh", "-c", "\"$@\"; status=$?; echo; echo \"" + STAT_MARK
                    + "$(cat /proc/$$/stat)\" >&2; exit $status", "sh"));
        }
        run.addAll(command);
        Path errors = Files.createTempFile(folder, "stderr", ".txt");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(run).directory(folder.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile()).start();
            int code;
            try {
                code = process.waitFor();
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while timing " + command.get(0), e);
            }
            double millis = (System.nanoTime() - start) / 1e6;
            return withCpu(millis, code, Files.readString(errors, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    /** The output with the shell's {@code /proc} line taken out of standard error and read as processor time. */
    static Output withCpu(double millis, int code, String stderr) {
        int mark = stderr.lastIndexOf(STAT_MARK);
        if (mark < 0) {
            return new Output(millis, code, stderr);
        }
        String stat = stderr.substring(mark + STAT_MARK.length()).strip();
        String rest = stderr.substring(0, mark);
        try {
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command name: cutime is field 16 and cstime 17 of proc(5), in ticks of 1/100 s.
            double cpu = (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10.0;
            return new Output(millis, code, rest, cpu);
        } catch (NumberFormatException | IndexOutOfBoundsException unreadable) {
            return new Output(millis, code, rest);
        }
    }
}
