package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A drawing command run as users run it, in a fresh JVM: nothing on stderr when all goes well. */
class QuietStderrTest {

    @TempDir
    Path dir;

    @Test
    void exportingAPngPrintsNoJavaFxWarningOnStderr() throws IOException, InterruptedException {
        Path out = dir.resolve("map.png");
        Path err = dir.resolve("err.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Dparley.headless=true", "-cp",
                System.getProperty("java.class.path"), "app.parley.Launcher", "export", "--out", out.toString(),
                "--width", "900"))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(stderr).isZero();
        assertThat(stderr).isEmpty();
        assertThat(Files.readString(dir.resolve("out.txt"))).startsWith("Wrote ").doesNotContain("dpi");
    }
}
