package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** A child JVM runs the application, makes an edit and is killed; the next start restores the unsaved edit. */
class CrashRecoveryTest {

    private static final long TIMEOUT_SECONDS = 90;

    /** A running child and the lines it printed. */
    private record Child(Process process, BlockingQueue<String> lines) {

        String awaitLine(String prefix) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
                if (line == null && !process.isAlive()) {
                    throw new AssertionError("The child ended with " + process.exitValue() + " before printing "
                            + prefix);
                }
            }
            throw new AssertionError("The child did not print " + prefix + " in time");
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Child start(Path dataFolder, String mode, String... properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1920x1200-32", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-Dsun.stdout.encoding=UTF-8",
                "-Dparley.data.dir=" + dataFolder));
        command.addAll(List.of(properties));
        command.addAll(List.of(RecoveryChild.class.getName(), mode));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException | UncheckedIOException e) {
                lines.add("READ FAILED " + e.getMessage());
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        return new Child(process, lines);
    }

    @Test
    void anEditSurvivesAKillAndIsRestoredAtTheNextStart(@TempDir Path dataFolder) throws Exception {
        Path copy = dataFolder.resolve("recovery").resolve("map.json");
        Child crashing = start(dataFolder, "edit");
        try {
            crashing.awaitLine("EDITED");
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> Files.isRegularFile(copy));
        } finally {
            crashing.kill();
        }
        assertThat(Files.readString(copy)).contains(RecoveryChild.EDITED_TITLE);

        Child restarted = start(dataFolder, "report", "-Dparley.recovery.answer=restore");
        try {
            String opened = restarted.awaitLine("OPENED ");
            assertThat(opened).isEqualTo("OPENED " + RecoveryChild.EDITED_TITLE + " dirty=true");
        } finally {
            restarted.kill();
        }
    }
}
