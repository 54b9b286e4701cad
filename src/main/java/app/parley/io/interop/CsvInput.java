package app.parley.io.interop;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV tables as Parley writes them: {@code actors.csv} and {@code relations.csv} (required), and
 * {@code sources.csv} and {@code quotes.csv} when they are there, from a folder or beside a chosen {@code actors.csv}.
 */
final class CsvInput {

    /** The actors table's name. */
    static final String ACTORS = "actors.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    private CsvInput() {
    }

    /** The folder that holds the tables of {@code path} (a folder, or one of its tables). */
    static Path folder(Path path) {
        return Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
    }

    /** The graph in the tables of {@code folder}. */
    static Draft read(Path folder) throws IOException {
        Draft draft = new Draft("CSV");
        for (Map<String, String> row : table(folder.resolve(ACTORS))) {
            draft.nodes.add(new Draft.Node(row.getOrDefault("id", ""), row, null));
        }
        Path relations = folder.resolve("relations.csv");
        if (!Files.isRegularFile(relations)) {
            throw new IOException("there is no relations.csv beside actors.csv");
        }
        for (Map<String, String> row : table(relations)) {
            String from = row.getOrDefault("from", row.getOrDefault("source", ""));
            String to = row.getOrDefault("to", row.getOrDefault("target", ""));
            String directed = row.get("directed");
            draft.edges.add(new Draft.Edge(row.getOrDefault("id", ""), from, to, row,
                    directed == null || directed.isEmpty() ? null : Boolean.valueOf(directed)));
        }
        Path sources = folder.resolve("sources.csv");
        if (Files.isRegularFile(sources)) {
            ArrayNode array = JSON.createArrayNode();
            for (Map<String, String> row : table(sources)) {
                ObjectNode source = array.addObject();
                row.forEach(source::put);
            }
            draft.graph.put("parley_sources", array.toString());
        }
        Path quotes = folder.resolve("quotes.csv");
        if (Files.isRegularFile(quotes)) {
            draft.quotes.addAll(table(quotes));
        }
        return draft;
    }

    private static List<Map<String, String>> table(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file.getFileName() + " is not UTF-8 text", e);
        }
        try {
            return CsvRecords.read(text, true);
        } catch (IOException e) {
            throw new IOException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
