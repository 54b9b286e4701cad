package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.io.LoadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    private static final String TEXT = "Kalın and Umerov meet in Dolmabahçe\n\n“We are ready,” said Rustem Umerov.\n";

    @TempDir
    Path dir;

    private Path article(String text) throws Exception {
        Path file = dir.resolve("article.txt");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    @Test
    void writesAMapThatHoldsTheArticleVerbatimAndPassesCheck() throws Exception {
        Path out = dir.resolve("map.json");

        CliRun run = CliRun.of("new", "--article", article(TEXT).toString(), "--publisher", "AFP", "--date",
                "2025-05-16", "--url", "https://example.org/a", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote " + out);
        LoadResult read = new DatasetReader().read(out);
        assertThat(read.problems()).isEmpty();
        assertThat(read.dataset().title()).isEqualTo("Kalın and Umerov meet in Dolmabahçe");
        assertThat(read.dataset().sources()).singleElement().satisfies(source -> {
            assertThat(source.text()).isEqualTo(TEXT);
            assertThat(source.publisher()).isEqualTo("AFP");
            assertThat(source.date()).isEqualTo(LocalDate.of(2025, 5, 16));
            assertThat(source.url()).isEqualTo("https://example.org/a");
            assertThat(source.sha256()).hasSize(64);
        });
        CliRun check = CliRun.of("check", out.toString());
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("OK: 0 actors, 0 roles, 0 relations, 0 quotes, 1 source.");
    }

    @Test
    void theTitleOptionNamesTheMap() throws Exception {
        Path out = dir.resolve("map.json");

        CliRun run = CliRun.of("new", "--article", article(TEXT).toString(), "--title", "İstanbul talks",
                "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(new DatasetReader().read(out).dataset().title()).isEqualTo("İstanbul talks");
    }

    @Test
    void badArticlesGetOneLineAndNoFile() throws Exception {
        Path out = dir.resolve("map.json");
        Path binary = dir.resolve("binary.txt");
        Files.write(binary, new byte[] {1, 2, 0, 3});
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Dolmabah\u00e7e".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");

        for (Path bad : new Path[] {dir.resolve("missing.txt"), binary, latin1, empty}) {
            CliRun run = CliRun.of("new", "--article", bad.toString(), "--out", out.toString());
            assertThat(run.exitCode()).as(bad.toString()).isEqualTo(1);
            assertThat(run.err().strip()).as(bad.toString()).doesNotContain("\n").doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void aBadDateIsAUsageError() throws Exception {
        CliRun run = CliRun.of("new", "--article", article(TEXT).toString(), "--date", "16/05/2025", "--out",
                dir.resolve("map.json").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("--date should be like 2025-05-16");
    }

    @Test
    void anExistingMapIsNotReplacedWithoutForce() throws Exception {
        Path out = dir.resolve("map.json");
        Files.writeString(out, "mine");

        CliRun run = CliRun.of("new", "--article", article(TEXT).toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("mine");
    }
}
