package app.parley.graph.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Lists of names in one attribute or cell (aliases, the actors a quote is about) written as a JSON array of strings,
 * {@code ["Fidan","Hakan Fidan"]}, so that names holding commas or semicolons split back exactly; an empty list is an
 * empty value.
 */
final class Aliases {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Aliases() {
    }

    /** The list as one value. */
    static String join(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        try {
            return JSON.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
