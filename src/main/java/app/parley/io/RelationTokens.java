package app.parley.io;

import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Span;
import app.parley.model.Vocabulary;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a piece of a large file's relations list straight from the parser's tokens, without a tree per relation,
 * when every relation in it is plainly well formed: the five fields of a relation and the four of its evidence, each
 * once, of the right type, the texts not blank, the type known, the span forward. Anything else gives nothing, and
 * the piece is then mapped through trees, which says what is wrong; for a plain piece both ways give the same
 * relations, pointers and claims, and no problems.
 */
final class RelationTokens {

    private static final JsonFactory FACTORY = JsonSupport.factory();

    private final JsonParser parser;
    private String id;
    private String from;
    private String type;
    private String to;
    private String source;
    private int start;
    private int end;
    private String text;

    private RelationTokens(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * The relations of {@code array}, a JSON list whose first element is relation number {@code firstIndex}, or
     * {@code null} when any of them is not plainly well formed.
     *
     * @throws IOException when the JSON is malformed (as the tree mapping would find it)
     */
    static DatasetMapper.Relations read(byte[] array, int firstIndex) throws IOException {
        try (JsonParser parser = FACTORY.createParser(array)) {
            return new RelationTokens(parser).list(firstIndex);
        }
    }

    private DatasetMapper.Relations list(int firstIndex) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<Relation> relations = new ArrayList<>();
        List<String> pointers = new ArrayList<>();
        List<TextClaim> claims = new ArrayList<>();
        for (int i = firstIndex; parser.nextToken() != JsonToken.END_ARRAY; i++) {
            if (!relation()) {
                return null;
            }
            RelationType known = Vocabulary.byId(RelationType.class, type).orElse(null);
            if (known == null || start < 0 || end < start) {
                return null;
            }
            String pointer = DatasetMapper.RELATIONS_POINTER + i;
            Span span = new Span(source, start, end);
            relations.add(new Relation(id, from, known, to, span));
            pointers.add(pointer);
            claims.add(new TextClaim(pointer + "/evidence/text", span, text));
        }
        if (parser.nextToken() != null) {
            return null;
        }
        return new DatasetMapper.Relations(relations, pointers, List.of(), claims);
    }

    /** Reads one relation object into the fields; whether it had every field, plainly, once. */
    private boolean relation() throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        id = null;
        from = null;
        type = null;
        to = null;
        boolean evidence = false;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            boolean plain = switch (name) {
                case "id" -> (id = text(id)) != null;
                case "from" -> (from = text(from)) != null;
                case "type" -> (type = text(type)) != null;
                case "to" -> (to = text(to)) != null;
                case "evidence" -> !evidence && (evidence = evidence());
                default -> false;
            };
            if (!plain) {
                return false;
            }
        }
        return token == JsonToken.END_OBJECT && id != null && from != null && type != null && to != null && evidence;
    }

    /** Reads the evidence object the parser stands at; whether it had its four fields, plainly, once. */
    private boolean evidence() throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        source = null;
        text = null;
        boolean hasStart = false;
        boolean hasEnd = false;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            boolean plain = switch (name) {
                case "source" -> (source = text(source)) != null;
                case "text" -> {
                    if (text != null || value != JsonToken.VALUE_STRING) {
                        yield false;
                    }
                    text = parser.getText();
                    yield true;
                }
                case "start" -> {
                    if (hasStart || !isInt(value)) {
                        yield false;
                    }
                    start = parser.getIntValue();
                    hasStart = true;
                    yield true;
                }
                case "end" -> {
                    if (hasEnd || !isInt(value)) {
                        yield false;
                    }
                    end = parser.getIntValue();
                    hasEnd = true;
                    yield true;
                }
                default -> false;
            };
            if (!plain) {
                return false;
            }
        }
        return token == JsonToken.END_OBJECT && source != null && text != null && hasStart && hasEnd;
    }

    /**
     * The non-blank text the parser stands at when {@code before} is {@code null} (the field not yet seen); else, or
     * for any other value, {@code null}, which fails the relation.
     */
    private String text(String before) throws IOException {
        if (before != null || parser.currentToken() != JsonToken.VALUE_STRING) {
            return null;
        }
        String value = parser.getText();
        return value.isBlank() ? null : value;
    }

    private boolean isInt(JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT;
    }
}
