package app.parley.io.interop;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads Cytoscape JSON ({@code .cyjs} from Cytoscape desktop, or Cytoscape.js's {@code elements}, as an object of
 * {@code nodes} and {@code edges} or one array with {@code group}): each element's {@code data} as attributes and
 * its {@code position}.
 */
final class CyjsInput {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build());

    private CyjsInput() {
    }

    /** The graph in {@code in}. */
    static Draft read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        Draft draft = new Draft("Cytoscape JSON");
        if (root == null || !root.isObject()) {
            throw new IOException("a Cytoscape JSON file is an object with \"elements\"");
        }
        JsonNode data = root.path("data");
        if (data.has("name")) {
            draft.graph.put("title", data.path("name").asText());
        }
        if (data.has("parley_sources")) {
            draft.graph.put("parley_sources", data.path("parley_sources").toString());
        }
        JsonNode elements = root.path("elements");
        if (elements.isArray()) {
            for (JsonNode element : elements) {
                add(draft, element, "edges".equals(element.path("group").asText())
                        || element.path("data").has("source"));
            }
        } else {
            elements.path("nodes").forEach(node -> add(draft, node, false));
            elements.path("edges").forEach(edge -> add(draft, edge, true));
        }
        return draft;
    }

    private static void add(Draft draft, JsonNode element, boolean edge) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = element.path("data").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            values.put(field.getKey(), field.getValue().isValueNode() ? field.getValue().asText()
                    : field.getValue().toString());
        }
        String id = values.getOrDefault("id", "");
        if (edge) {
            values.putIfAbsent("relation", values.getOrDefault("interaction", ""));
            String directed = values.get("directed");
            draft.edges.add(new Draft.Edge(id, values.getOrDefault("source", ""), values.getOrDefault("target", ""),
                    values, directed == null ? null : Boolean.valueOf(directed)));
        } else {
            JsonNode position = element.path("position");
            Point point = position.has("x") && position.has("y")
                    ? new Point(position.path("x").asDouble(), position.path("y").asDouble()) : null;
            draft.nodes.add(new Draft.Node(id, values, point));
        }
    }
}
