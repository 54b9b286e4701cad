package app.parley.graph.export;

import app.parley.model.Source;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The sources of a dataset as one JSON array of objects with the fields of the dataset format ({@code id},
 * {@code title}, {@code publisher}, {@code date}, {@code language}, {@code url}, {@code text}), carried by GraphML and
 * Cytoscape JSON so that the spans of their links can be checked again when Parley opens them.
 */
final class SourcesJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SourcesJson() {
    }

    /** The sources as a JSON array node. */
    static ArrayNode tree(List<Source> sources) {
        ArrayNode array = JSON.createArrayNode();
        for (Source source : sources) {
            ObjectNode object = array.addObject();
            object.put("id", source.id());
            object.put("title", source.title());
            object.put("publisher", source.publisher());
            object.put("date", source.date() == null ? null : source.date().toString());
            object.put("language", source.language());
            object.put("url", source.url());
            object.put("text", source.text());
        }
        return array;
    }

    /** The sources as JSON text. */
    static String write(List<Source> sources) {
        try {
            return JSON.writeValueAsString(tree(sources));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
