package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that fails in a way nothing else caught says so in one line and exits non-zero. */
class CrashTest {

    @TempDir
    Path folder;

    @Test
    void runningOutOfMemoryNamesTheFileAndHowToRaiseTheHeap() throws IOException {
        Path big = Files.writeString(folder.resolve("big.json"), "x".repeat(3 * 1024 * 1024));
        String line = Crash.describe(new OutOfMemoryError("Java heap space"),
                new String[] {"check", big.toString()}, 256L * 1024 * 1024);

        assertThat(line).startsWith("parley: out of memory while reading " + big + " (3 MB)")
                .contains("heap of 256 MB").contains("java -Xmx4g -jar parley.jar check " + big).doesNotContain("\n");
    }

    @Test
    void anUnexpectedErrorIsOneEscapedLine() {
        String line = Crash.describe(new IllegalStateException("bad\u001B[2Jstate\nsecond line"), new String[] {"x"},
                1L << 30);

        assertThat(line).startsWith("parley: unexpected error (IllegalStateException: bad\\u001B[2Jstate\\u000A")
                .doesNotContain("\n").doesNotContain("\u001B");
    }

    @Test
    void theLauncherOutOfMemoryPrintsOneLineAndExitsNonZero() throws Exception {
        Path big = folder.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(48L * 1024 * 1024);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path errors = folder.resolve("stderr.txt");
        Process process = new ProcessBuilder(java.toString(), "-Xmx32m", "-cp",
                System.getProperty("java.class.path"), "app.parley.Launcher", "check", big.toString())
                .redirectError(errors.toFile()).redirectOutput(folder.resolve("stdout.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isNotZero();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("out of memory while reading " + big).contains("-Xmx");
    }
}
