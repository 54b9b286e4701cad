package app.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {

    private static final String ARTICLE = "Ukrainian President Volodymyr Zelensky accused Moscow of stalling.\n"
            + "“We are ready,” Zelensky said, “to meet again.”\n"
            + "The so-called “red lines” stayed.";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void jsonHasExactlyTheDocumentedShape() throws IOException {
        Path article = write("article.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("suggest", article.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(List.of("actors", "quotes", "relations"), fields(root));
        JsonNode zelensky = root.get("actors").get(0).get("name").asText().equals("Volodymyr Zelensky")
                ? root.get("actors").get(0) : root.get("actors").get(1);
        assertEquals(List.of("name", "kind", "side", "aliases", "roles", "mentions"), fields(zelensky));
        assertEquals("person", zelensky.get("kind").asText());
        assertEquals("Ukraine", zelensky.get("side").asText());
        assertEquals(List.of("title", "of"), fields(zelensky.get("roles").get(0)));
        assertEquals(List.of("start", "end"), fields(zelensky.get("mentions").get(0)));
        JsonNode quote = root.get("quotes").get(0);
        assertEquals(List.of("text", "start", "end", "speaker", "kind"), fields(quote));
        assertEquals("We are ready", quote.get("text").asText());
        assertEquals(ARTICLE.indexOf("We are ready"), quote.get("start").asInt());
        assertEquals("Volodymyr Zelensky", quote.get("speaker").asText());
        assertEquals("direct", quote.get("kind").asText());
        assertTrue(root.get("quotes").get(2).get("speaker").isNull());
        JsonNode relation = root.get("relations").get(0);
        assertEquals(List.of("from", "type", "to", "evidence"), fields(relation));
        assertEquals(List.of("start", "end"), fields(relation.get("evidence")));
    }

    @Test
    void withoutJsonPrintsAReadableList() throws IOException {
        Path article = write("article.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("suggest", article.toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Volodymyr Zelensky: “We are ready”"), run.out());
        assertTrue(run.out().contains("(speaker unknown): “red lines”"), run.out());
        assertTrue(run.out().contains("Volodymyr Zelensky accused Russia"), run.out());
    }

    @Test
    void mapActorsAreRecognized() throws IOException {
        Path article = write("article.txt", "Ibrahim Kalin said “we host”.".getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("suggest", article.toString(), "--json", "--map",
                Path.of("assets", "istanbul-talks-2025.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("İbrahim Kalın", new ObjectMapper().readTree(run.out()).get("quotes").get(0).get("speaker")
                .asText());
    }

    @Test
    void badInputGetsOneLineAndExitCodeOne() throws IOException {
        List<Path> bad = List.of(write("empty.txt", new byte[0]),
                write("binary.bin", new byte[] {1, 2, 0, 3}),
                write("page.html", "<html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8)),
                write("latin1.txt", "Dolmabahçe".getBytes(StandardCharsets.ISO_8859_1)),
                dir.resolve("missing.txt"));
        for (Path file : bad) {
            CliRun run = CliRun.of("suggest", file.toString());
            assertEquals(1, run.exitCode(), file.toString());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            assertTrue(run.err().contains(file.toString()), run.err());
        }
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
