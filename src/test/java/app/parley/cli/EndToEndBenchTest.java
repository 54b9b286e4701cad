package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndToEndBenchTest {

    @TempDir
    Path folder;

    @Test
    void everyCommandRunsInTurnAndTheMedianRunsSplitIsReportedWithTheRatioToSfdp() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        double[] parleyTimes = {3000, 1000, 800, 2000, 1500, 700, 1600, 900, 600};
        int[] parleyRun = {0};
        EndToEndBench.Runner runner = (command, where) -> {
            commands.add(command);
            if (command.get(0).equals("sfdp")) {
                return new EndToEndBench.Output(4000, 0, "");
            }
            if (command.stream().anyMatch(word -> word.startsWith("-XX:ArchiveClassesAtExit="))) {
                return new EndToEndBench.Output(5000, 0, "");
            }
            double millis = parleyTimes[parleyRun[0]++];
            return new EndToEndBench.Output(millis, 0, "timing: JVM start 100 ms, cpu 150 ms\n"
                    + "timing: layout " + (long) (millis / 2) + " ms, cpu 700 ms\n"
                    + "timing: total " + (long) (100 + millis / 2) + " ms\n"
                    + "timing part: PNG compression 333 ms\n");
        };
        EndToEndBench bench = new EndToEndBench(new EndToEndBench.Plan(60, 3, 400, 3, folder, null, List.of()),
                runner, true);

        EndToEndBench.Figures figures = bench.measure();

        assertThat(commands).hasSize(1 + 3 * 4);
        assertThat(commands.get(0)).anyMatch(word -> word.startsWith("-XX:ArchiveClassesAtExit="));
        assertThat(commands.get(1)).startsWith("sfdp", "-Tpng");
        assertThat(commands.subList(1, 13)).filteredOn(command -> command.contains("export"))
                .allSatisfy(command -> assertThat(command).contains("--timings", "--width", "400"));
        assertThat(figures.sfdpMillis()).contains(4000.0);
        assertThat(figures.parley()).extracting(timed -> timed.run().millis()).containsExactly(2000.0, 1000.0,
                700.0);
        assertThat(figures.parley().get(2).variant().options()).contains("-XX:TieredStopAtLevel=1");
        assertThat(figures.fastest()).isSameAs(figures.parley().get(2));
        assertThat(figures.fastest().run().phases()).extracting(PhaseTimes.Phase::name)
                .containsExactly("JVM start", "layout");
        assertThat(figures.fastest().run().parts()).extracting(PhaseTimes.Phase::millis).containsExactly(333.0);
        assertThat(figures.text()).contains("(0.50 × sfdp's)", "(0.25 × sfdp's)", "(0.18 × sfdp's)",
                "exit (the rest)");
    }

    @Test
    void theLauncherScriptIsTimedFirstAsTheHeadlineAfterAnUntimedFirstRunThatMakesItsArchive() throws IOException {
        Path launcher = folder.resolve("parley");
        Path stale = Files.writeString(folder.resolve("parley-1-2.jsa"), "an archive of another build");
        List<List<String>> commands = new ArrayList<>();
        double[] parleyTimes = {900, 2000, 1500, 800, 2100, 1400, 950, 1900, 1600};
        int[] parleyRun = {0};
        EndToEndBench.Runner runner = (command, where) -> {
            commands.add(command);
            if (command.get(0).equals("sfdp")) {
                return new EndToEndBench.Output(4000, 0, "");
            }
            if (commands.size() <= 2) {
                return new EndToEndBench.Output(5000, 0, "");
            }
            double millis = parleyTimes[parleyRun[0]++];
            return new EndToEndBench.Output(millis, 0, "timing: layout " + (long) (millis / 2) + " ms\n");
        };
        EndToEndBench.Figures figures = new EndToEndBench(new EndToEndBench.Plan(60, 3, 400, 3, folder, null,
                List.of("-Xmx1g", "-Xss1m"), launcher), runner, true).measure();

        assertThat(stale).doesNotExist();
        assertThat(commands.get(1)).containsSubsequence("env", "PARLEY_CACHE_DIR=" + folder.toAbsolutePath(),
                "PARLEY_JAVA_OPTIONS=-Xmx1g -Xss1m", launcher.toString(), "export", "--timings");
        assertThat(commands).hasSize(2 + 3 * 4);
        assertThat(commands.get(3)).startsWith("env").contains(launcher.toString());
        assertThat(figures.parley()).extracting(timed -> timed.variant().launcher()).containsExactly(launcher,
                null, null);
        assertThat(figures.parley()).extracting(timed -> timed.run().millis()).containsExactly(900.0, 2000.0,
                1500.0);
        assertThat(figures.headline()).isSameAs(figures.parley().get(0));
        assertThat(figures.text()).contains("(0.23 × sfdp's)", "Where the time went (parley export (the launcher");
    }

    @Test
    void withoutSfdpOnlyParleyIsTimedAndNoRatioIsGiven() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        EndToEndBench.Runner runner = (command, where) -> {
            commands.add(command);
            return new EndToEndBench.Output(1000, 0, "timing: layout 10 ms\n");
        };
        EndToEndBench.Figures figures = new EndToEndBench(new EndToEndBench.Plan(40, 1, 300, 2, folder, null,
                List.of("-Xmx1g")), runner, false).measure();
        assertThat(commands).hasSize(1 + 2 * 3).noneMatch(command -> command.get(0).equals("sfdp"))
                .allMatch(command -> command.contains("-Xmx1g"));
        assertThat(figures.sfdpMillis()).isEmpty();
        assertThat(figures.text()).contains("(not installed)").doesNotContain("× sfdp");
    }

    @Test
    void theProcessorTimeOfATimedCommandIsReadFromItsShellsRecordWhichLeavesItsOutput() {
        String stat = "4242 (sh) S 1 4242 4242 0 -1 4194560 300 2000 0 0 1 2 130 27 20 0 1 0 500 2000000 200";
        EndToEndBench.Output output = EndToEndBench.withCpu(900, 0, "timing: layout 10 ms\n\nparley-bench-stat: "
                + stat + "\n");

        assertThat(output.cpuMillis()).isEqualTo(1570.0);
        assertThat(output.stderr()).contains("timing: layout 10 ms").doesNotContain("parley-bench-stat");
        assertThat(EndToEndBench.withCpu(900, 0, "no record").cpuMillis()).isNegative();
    }

    @Test
    void theMedianOfAnEvenNumberOfRunsIsTheHigherMiddleOne() {
        List<EndToEndBench.Run> runs = List.of(run(4), run(1), run(3), run(2));
        assertThat(EndToEndBench.median(runs).millis()).isEqualTo(3);
    }

    private static EndToEndBench.Run run(double millis) {
        return new EndToEndBench.Run(millis, List.of(), List.of());
    }
}
