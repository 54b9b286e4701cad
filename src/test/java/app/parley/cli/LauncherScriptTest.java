package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * The {@code parley} launcher script (src/dist/launcher/parley, copied beside the jar by the build), run with a
 * stand-in {@code java} that records the options it was given.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("src", "dist", "launcher", "parley");

    @TempDir
    Path folder;

    private Path home;
    private Path cache;
    private Path calls;
    private String javaOptions = "";
    private boolean dumpFails;

    @BeforeEach
    void installBesideAJarWithAStandInJava() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
        home = Files.createDirectories(folder.resolve("app"));
        Files.copy(SCRIPT, home.resolve("parley"));
        Files.writeString(home.resolve("parley.jar"), "not really a jar");
        cache = folder.resolve("cache");
        calls = folder.resolve("calls.txt");
        Path bin = Files.createDirectories(folder.resolve("jdk").resolve("bin"));
        Path java = bin.resolve("java");
        // Writes its arguments on one line; writes the class list a training run names, as the JVM does at exit, and
        // the archive a dump names (or fails the dump when told to).
        Files.writeString(java, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n"
                + "dump=no; for word in \"$@\"; do [ \"$word\" = -Xshare:dump ] && dump=yes; done\n"
                + "[ $dump = yes ] && [ -n \"$PARLEY_TEST_DUMP_FAILS\" ] && exit 1\n"
                + "for word in \"$@\"; do case $word in -XX:DumpLoadedClassList=*) echo classes > \"${word#*=}\";; "
                + "-XX:SharedArchiveFile=*) [ $dump = yes ] && echo archive > \"${word#*=}\";; "
                + "esac; done\nexit 0\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theScriptKnowsEveryCommandOfParley() throws IOException {
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        Matcher cases = Pattern.compile("(?m)^\\s+([a-z|]+)(?:\\|-\\*)?\\) mode=").matcher(script);
        List<String> known = new ArrayList<>();
        while (cases.find()) {
            known.addAll(Arrays.asList(cases.group(1).split("\\|")));
        }
        List<String> commands = ParleyCommand.SUBCOMMANDS.stream().map(type -> type.getAnnotation(Command.class).name()).collect(Collectors.toList());

        assertThat(known).containsExactlyInAnyOrderElementsOf(commands);
    }

    @Test
    void aCommandRunsWithC1AndTheSerialCollectorAndItsFirstRunMakesTheStaticArchiveItsNextRunsUse() throws Exception {
        assertThat(run("export", "--out", "map.png")).isZero();
        assertThat(run("export", "--out", "map.svg")).isZero();
        assertThat(run("check", "map.json")).isZero();

        List<String> lines = Files.readAllLines(calls);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).contains("-XX:DumpLoadedClassList=" + cache, "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar " + home.resolve("parley.jar") + " export --out map.png")
                .doesNotContain("ArchiveClassesAtExit");
        assertThat(lines.get(1)).contains("-Xshare:dump", "-XX:SharedClassListFile=" + cache,
                "-XX:SharedArchiveFile=" + cache).endsWith("-cp " + home.resolve("parley.jar"));
        try (var archives = Files.list(cache)) {
            List<Path> made = archives.sorted().collect(Collectors.toList());
            assertThat(made).hasSize(2);
            assertThat(made.get(1).getFileName().toString()).startsWith("parley-").endsWith("-export.jsa");
            assertThat(lines.get(2)).contains("-XX:SharedArchiveFile=" + made.get(1), "-Xlog:cds=off",
                    "-XX:TieredStopAtLevel=1", "export --out map.svg").doesNotContain("DumpLoadedClassList")
                    .doesNotContain("-Xshare:dump");
            assertThat(made.get(0).getFileName().toString()).endsWith("-check.jsa");
            assertThat(lines.get(3)).contains("-XX:DumpLoadedClassList=" + made.get(0) + ".");
            assertThat(lines.get(4)).contains("-Xshare:dump", "-XX:SharedArchiveFile=" + made.get(0) + ".");
        }
    }

    @Test
    void aFailedDumpLeavesNoArchiveKeepsTheRunsExitCodeAndTheNextRunTrainsAgain() throws Exception {
        dumpFails = true;
        assertThat(run("export", "--out", "map.png")).isZero();
        assertThat(run("export", "--out", "map.png")).isZero();

        List<String> lines = Files.readAllLines(calls);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).contains("-XX:DumpLoadedClassList=");
        try (var left = Files.list(cache)) {
            assertThat(left.collect(Collectors.toList())).isEmpty();
        }
    }

    @Test
    void theWindowAndBenchKeepTheJvmsCompilersAndHelpMakesNoArchive() throws Exception {
        assertThat(run("--help")).isZero();
        assertThat(run()).isZero();
        assertThat(run("map.json")).isZero();
        assertThat(run("bench", "--end-to-end")).isZero();

        List<String> lines = Files.readAllLines(calls);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).contains("-XX:TieredStopAtLevel=1").doesNotContain("Archive")
                .doesNotContain("ClassList");
        assertThat(lines.subList(1, 6)).noneMatch(line -> line.contains("TieredStopAtLevel"));
        assertThat(lines.get(1)).contains("-XX:DumpLoadedClassList=");
        assertThat(lines.get(2)).contains("-Xshare:dump").contains("-window.jsa.");
        assertThat(lines.get(3)).contains("-XX:SharedArchiveFile=").endsWith("parley.jar map.json");
        assertThat(lines.get(4)).contains("-XX:DumpLoadedClassList=").contains("-bench.jsa");
        assertThat(lines.get(5)).contains("-Xshare:dump").contains("-bench.jsa.");
    }

    @Test
    void optionsInParleyJavaOptionsComeLastSoTheyWin() throws Exception {
        javaOptions = "-XX:TieredStopAtLevel=4";
        assertThat(run("export", "--out", "poster.png")).isZero();

        String line = Files.readAllLines(calls).get(0);
        assertThat(line.indexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(line.indexOf("-XX:TieredStopAtLevel=1"));
    }

    private int run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", home.resolve("parley").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("output.txt").toFile());
        builder.environment().put("JAVA_HOME", folder.resolve("jdk").toString());
        builder.environment().put("PARLEY_CACHE_DIR", cache.toString());
        builder.environment().put("PARLEY_JAVA_OPTIONS", javaOptions);
        if (dumpFails) {
            builder.environment().put("PARLEY_TEST_DUMP_FAILS", "yes");
        }
        Process process = builder.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
