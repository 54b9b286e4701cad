package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @Test
    void validDatasetPrintsOneLineSummaryAndExitsZero() {
        CliRun run = CliRun.of("check", "assets/istanbul-talks-2025.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("assets/istanbul-talks-2025.json: OK: 37 actors, 22 roles, 45 relations, "
                + "25 quotes, 1 source.\n");
    }

    @Test
    void brokenDatasetPrintsEachProblemWithLineAndExitsOne(@TempDir Path dir) throws Exception {
        String json = Files.readString(Path.of("assets/istanbul-talks-2025.json"), StandardCharsets.UTF_8)
                .replace("\"speaker\": \"peskov\"", "\"speaker\": \"peskow\"");
        Path file = dir.resolve("broken.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("check", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("broken\\.json:\\d+:\\d+: error: No actor has the id \"peskow\"\\. "
                + "\\[/quotes/3/speaker\\]").contains("2 errors; the dataset cannot be opened.");
    }

    @Test
    void binaryFileGetsAMessageNotAStackTrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("photo.json");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0x10});

        CliRun run = CliRun.of("check", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("error: This is a binary file").doesNotContain("Exception");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: parley").contains("check");
    }
}
