package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void tinyBenchPrintsARowPerSizeAndKeepsItsFilesWhenAsked() throws IOException {
        CliRun run = CliRun.of("bench", "--sizes", "120", "--runs", "1", "--window", "640x400", "--png-side", "400",
                "--out", dir.toString(), "--dot");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).startsWith("Parley bench: ").contains("window 640x400");
        assertThat(lines[1]).contains("actors", "layout", "moving med/95", "peak heap");
        assertThat(lines[2]).matches("\\s+120\\s+360\\s.*ms.*");
        assertThat(lines[3]).contains("frames painted ahead", "names rasterized");
        assertThat(dir.resolve("synthetic-120.json")).exists();
        assertThat(dir.resolve("parley-120.png")).exists();
        assertThat(Files.readString(dir.resolve("graph-120.dot"))).startsWith("digraph parley {")
                .contains("\"a1\" [label=").contains(" -> ");
    }

    @Test
    void jsonNamesEveryFigure() throws IOException {
        CliRun run = CliRun.of("bench", "--sizes", "100", "--runs", "2", "--window", "640x400", "--png-side", "300",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode size = root.get("sizes").get(0);
        assertThat(root.get("window").asText()).isEqualTo("640x400");
        assertThat(size.get("actors").asInt()).isEqualTo(100);
        assertThat(size.get("edges").asInt()).isEqualTo(300);
        assertThat(size.get("layoutRuns").asInt()).isEqualTo(2);
        assertThat(size.get("frames").asInt()).isEqualTo(100);
        assertThat(size.get("movingFrameP95Millis").asDouble()).isGreaterThanOrEqualTo(
                size.get("movingFrameMedianMillis").asDouble());
        assertThat(size.get("pngWidth").asInt()).isLessThanOrEqualTo(300);
        assertThat(size.get("peakHeapBytes").asLong()).isGreaterThanOrEqualTo(size.get("liveHeapBytes").asLong() / 2);
    }

    @Test
    void qualityPrintsTheFiguresOfEachTestGraphAndTheCommunityShareOfPlantedOnes() {
        CliRun run = CliRun.of("bench", "--quality", "--sizes", "144", "--graphs", "grid,sbm", "--runs", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines[1]).contains("graph", "layout", "NP", "stress", "spread", "crossings", "share");
        assertThat(lines[2]).matches("grid\\s+144\\s+264\\s+-\\s+Parley\\s+[0-9]+ ms\\s+[01]\\.[0-9]{3}\\s.*/1e4\\s+-");
        assertThat(lines[3]).startsWith("sbm").contains("Parley").matches(".*/1e4\\s+[01]\\.[0-9]{3}");
        assertThat(lines).hasSize(4);
    }

    @Test
    void anUnknownTestGraphIsAUsageError() {
        CliRun run = CliRun.of("bench", "--quality", "--sizes", "100", "--graphs", "torus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--graphs takes some of [rgg, grid, mesh, sbm, clustered]");
    }

    @Test
    void aWindowThatIsNotWidthByHeightIsAUsageError() {
        CliRun run = CliRun.of("bench", "--sizes", "100", "--window", "big");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--window takes WIDTHxHEIGHT");
    }
}
