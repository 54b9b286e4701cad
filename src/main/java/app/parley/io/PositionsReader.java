package app.parley.io;

import app.parley.model.CardPosition;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads the optional top-level {@code positions} object: actor id to {@code {"x": …, "y": …}}. */
final class PositionsReader {

    private final FieldReader fields;

    PositionsReader(FieldReader fields) {
        this.fields = fields;
    }

    /** The positions written in {@code node}, leaving out (and reporting) those that are not two finite numbers. */
    Map<String, CardPosition> read(JsonNode node) {
        Map<String, CardPosition> positions = new LinkedHashMap<>();
        if (node.isNull()) {
            return positions;
        }
        if (!node.isObject()) {
            fields.error("/positions", "\"positions\" should be an object of actor ids, but it is "
                    + JsonTypes.describe(node) + ".");
            return positions;
        }
        node.fields().forEachRemaining(entry -> {
            String pointer = pointer(entry.getKey());
            JsonNode value = entry.getValue();
            if (!fields.expectObject(value, pointer, "position")) {
                return;
            }
            fields.warnUnknownFields(value, pointer, Set.of("x", "y"));
            Double x = coordinate(value, pointer, "x");
            Double y = coordinate(value, pointer, "y");
            if (x != null && y != null) {
                positions.put(entry.getKey(), new CardPosition(x, y));
            }
        });
        return positions;
    }

    /** The JSON pointer of an actor's position. */
    static String pointer(String actorId) {
        return "/positions/" + JsonTypes.escape(actorId);
    }

    private Double coordinate(JsonNode position, String pointer, String field) {
        JsonNode value = position.get(field);
        if (value == null || value.isNull()) {
            fields.error(pointer, "This position has no \"" + field + "\".");
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            fields.error(pointer + "/" + field, "\"" + field + "\" should be a number, but it is "
                    + JsonTypes.describe(value) + ".");
            return null;
        }
        return value.asDouble();
    }
}
