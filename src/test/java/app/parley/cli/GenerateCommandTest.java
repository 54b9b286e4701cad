package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void generatedFilePassesTheCheck() {
        Path out = dir.resolve("synthetic.json");

        CliRun generated = CliRun.of("generate", "--actors", "300", "--relations", "900", "--seed", "5", "--out",
                out.toString());
        CliRun checked = CliRun.of("check", out.toString());

        assertThat(generated.exitCode()).as(generated.err()).isZero();
        assertThat(generated.out()).startsWith("Wrote " + out + ": 300 actors, 37 roles, 900 relations, 75 quotes, ");
        String wrote = generated.out().lines().findFirst().orElseThrow();
        String summary = wrote.substring(wrote.indexOf(": ") + 2) + System.lineSeparator();
        assertThat(checked.exitCode()).isZero();
        assertThat(checked.out()).isEqualTo(out + ": OK: " + summary);
    }

    @Test
    void sameSeedWritesTheSameBytes() throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");

        CliRun.of("generate", "--actors", "80", "--relations", "200", "--roles", "5", "--quotes", "9", "--seed", "3",
                "--out", first.toString());
        CliRun.of("generate", "--actors", "80", "--relations", "200", "--roles", "5", "--quotes", "9", "--seed", "3",
                "--out", second.toString());

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readString(first)).contains("\"role5\"").doesNotContain("\"role6\"").contains("\"q9\"");
    }

    @Test
    void generatedCommunitiesAreRealByModularity() {
        Path out = dir.resolve("clustered.json");

        CliRun generated = CliRun.of("generate", "--actors", "3000", "--seed", "4", "--out", out.toString());

        assertThat(generated.exitCode()).as(generated.err()).isZero();
        Matcher line = Pattern.compile("Planted communities: ([0-9,]+); their modularity: ([0-9.]+)\\.")
                .matcher(generated.out());
        assertThat(line.find()).as(generated.out()).isTrue();
        assertThat(Integer.parseInt(line.group(1).replace(",", ""))).isGreaterThan(20);
        assertThat(Double.parseDouble(line.group(2))).isGreaterThan(0.75);
    }

    @Test
    void aShapeIsWrittenAsADatasetThatPassesTheCheck() {
        Path out = dir.resolve("mesh.json");

        CliRun generated = CliRun.of("generate", "--shape", "mesh", "--actors", "400", "--out", out.toString());
        CliRun checked = CliRun.of("check", out.toString());

        assertThat(generated.exitCode()).as(generated.err()).isZero();
        assertThat(generated.out()).startsWith("Wrote " + out + ": 400 actors, 0 roles, 1121 relations");
        assertThat(checked.exitCode()).as(checked.out()).isZero();
    }

    @Test
    void anUnknownShapeIsAUsageError() {
        CliRun run = CliRun.of("generate", "--shape", "torus", "--actors", "40", "--out",
                dir.resolve("t.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--shape takes one of [rgg, grid, mesh, sbm, clustered]");
    }

    @Test
    void impossibleCountsAreAUsageError() {
        CliRun run = CliRun.of("generate", "--actors", "1", "--relations", "4", "--out", dir.resolve("x.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Relations and roles need at least two actors");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }
}
