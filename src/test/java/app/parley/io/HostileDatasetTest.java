package app.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Datasets built to break the reader get a message that names the real problem, short and printable. */
class HostileDatasetTest {

    private final DatasetReader reader = new DatasetReader();

    private static String only(LoadResult result) {
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0).describe();
    }

    @Test
    void evidenceWhoseTextIsNullIsAnError() {
        LoadResult result = reader.read(TinyDataset.json().replace("\"text\": \"Hakan Fidan opened the talks\"",
                "\"text\": null"));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(Problem::pointer).containsExactly("/relations/0/evidence/text");
        assertThat(result.errors().get(0).message()).contains("is null");
    }

    @Test
    void spansThatSplitASurrogatePairAreErrors() {
        String text = "Talks \uD83D\uDE00 opened.";
        String json = """
                {"format": "parley/1", "title": "T",
                 "sources": [{"id": "s", "title": "T", "publisher": "P", "date": null, "language": "en", "url": null,
                              "text": "%s"}],
                 "actors": [{"id": "a", "name": "A", "kind": "state", "side": "other", "aliases": []},
                            {"id": "b", "name": "B", "kind": "state", "side": "other", "aliases": []}],
                 "roles": [],
                 "relations": [{"id": "r", "from": "a", "type": "met-with", "to": "b",
                                "evidence": {"source": "s", "start": 0, "end": 7, "text": "Talks \uD83D"}}],
                 "quotes": []}
                """.formatted(text);
        LoadResult result = reader.read(json);

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).anySatisfy(p -> assertThat(p.message()).contains("ends at 7, between the two "
                + "halves of one character"));
    }

    @Test
    void aHugeFieldNameIsReportedAsAHugeFieldName() {
        String json = "{\"" + "n".repeat(100_000) + "\": 1}";

        assertThat(only(reader.read(json))).contains("A field name is longer than 50000 characters")
                .doesNotContain("nests deeper");
    }

    @Test
    void aHugeNumberIsReportedAsAHugeNumber() {
        String json = TinyDataset.json().replace("\"start\": 0,", "\"start\": " + "9".repeat(5_000) + ",");

        assertThat(only(reader.read(json))).contains("A number has 5000 digits").doesNotContain("nests deeper");
    }

    @Test
    void longValuesAreCutAndControlCharactersEscapedInMessages() {
        String value = "\u001B[31mred\u0007" + "x".repeat(1_000_000);
        LoadResult result = reader.read(TinyDataset.json().replace("\"kind\": \"person\", \"side\": \"turkey\"",
                "\"kind\": \"" + value.replace("\u001B", "\\u001b").replace("\u0007", "\\u0007")
                        + "\", \"side\": \"turkey\""));

        String message = result.errors().get(0).describe();
        assertThat(message).hasSizeLessThan(600).contains("\\u001B[31mred\\u0007").contains("characters cut");
        assertThat(message.chars()).noneMatch(Character::isISOControl);
    }

    @Test
    void utf16WithAByteOrderMarkIsReadAsUtf16() {
        byte[] body = TinyDataset.json().getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        LoadResult result = reader.read(bytes);

        assertThat(result.ok()).isTrue();
        assertThat(result.dataset().sources().get(0).text()).isEqualTo(TinyDataset.TEXT);
        assertThat(result.problems()).extracting(Problem::message).anySatisfy(m -> assertThat(m).contains("UTF-16"));
    }

    @Test
    void utf16WithoutAByteOrderMarkIsCalledUtf16NotBinary() {
        assertThat(only(reader.read(TinyDataset.json().getBytes(StandardCharsets.UTF_16BE))))
                .contains("UTF-16").doesNotContain("binary");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo is not available");

        assertThat(only(reader.read(fifo))).contains("not a regular file");
        assertThat(Files.exists(fifo)).isTrue();
    }
}
