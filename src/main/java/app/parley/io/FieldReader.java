package app.parley.io;

import app.parley.model.Vocabulary;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads typed fields out of JSON objects, turning every mismatch into a problem instead of an exception. */
final class FieldReader {

    private final List<Problem> problems;

    FieldReader(List<Problem> problems) {
        this.problems = problems;
    }

    /** Records a problem. */
    void error(String pointer, String message) {
        problems.add(Problem.error(pointer, message));
    }

    /** How many problems have been recorded. */
    int problemCount() {
        return problems.size();
    }

    /** Puts problems found elsewhere among the recorded ones, at {@code index}. */
    void insertProblems(int index, List<Problem> found) {
        problems.addAll(index, found);
    }

    /** Records a warning. */
    void warning(String pointer, String message) {
        problems.add(Problem.warning(pointer, message));
    }

    /** Whether {@code node} is an object; otherwise records that a {@code noun} was expected. */
    boolean expectObject(JsonNode node, String pointer, String noun) {
        if (node.isObject()) {
            return true;
        }
        error(pointer, "Each " + noun + " should be a JSON object, but this is " + JsonTypes.describe(node) + ".");
        return false;
    }

    /** Warns about fields outside {@code known}, which are most often typing mistakes. */
    void warnUnknownFields(JsonNode object, String pointer, Set<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                warning(pointer + "/" + JsonTypes.escape(name), "Unknown field \"" + name + "\" is ignored.");
            }
        });
    }

    /** A text field that must be present and non-blank. */
    String requiredText(JsonNode object, String pointer, String field, String noun) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            error(pointer, "This " + noun + " has no \"" + field + "\".");
            return null;
        }
        if (!value.isTextual()) {
            error(pointer + "/" + field, "\"" + field + "\" should be text, but it is " + JsonTypes.describe(value) + ".");
            return null;
        }
        if (value.asText().isBlank()) {
            error(pointer + "/" + field, "\"" + field + "\" is empty.");
            return null;
        }
        return value.asText();
    }

    /** A text field that may be absent or null. */
    String optionalText(JsonNode object, String pointer, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            error(pointer + "/" + field, "\"" + field + "\" should be text, but it is " + JsonTypes.describe(value) + ".");
            return null;
        }
        return value.asText();
    }

    /** A whole-number field that must be present. */
    Integer requiredInt(JsonNode object, String pointer, String field, String noun) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            error(pointer, "This " + noun + " has no \"" + field + "\".");
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            error(pointer + "/" + field, "\"" + field + "\" should be a whole number, but it is "
                    + JsonTypes.describe(value) + ".");
            return null;
        }
        return value.intValue();
    }

    /** An ISO date (2025-05-16) that may be absent or null. */
    LocalDate optionalDate(JsonNode object, String pointer, String field) {
        String text = optionalText(object, pointer, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(pointer + "/" + field, "\"" + field + "\" should be a date like 2025-05-16, but it is \"" + text + "\".");
            return null;
        }
    }

    /** A term of a closed vocabulary that must be present. */
    <E extends Enum<E> & Vocabulary> E requiredTerm(JsonNode object, String pointer, String field, String noun,
                                                    Class<E> type) {
        String text = requiredText(object, pointer, field, noun);
        return text == null ? null : term(pointer + "/" + field, field, text, type);
    }

    /** A term of a closed vocabulary that may be absent or null. */
    <E extends Enum<E> & Vocabulary> E optionalTerm(JsonNode object, String pointer, String field, Class<E> type) {
        String text = optionalText(object, pointer, field);
        return text == null ? null : term(pointer + "/" + field, field, text, type);
    }

    private <E extends Enum<E> & Vocabulary> E term(String pointer, String field, String text, Class<E> type) {
        return Vocabulary.byId(type, text).orElseGet(() -> {
            error(pointer, "\"" + text + "\" is not a known " + field + "; use one of: " + Vocabulary.idsOf(type) + ".");
            return null;
        });
    }

    /** A list of strings that may be absent; non-text entries are reported and skipped. */
    List<String> textList(JsonNode object, String pointer, String field) {
        JsonNode value = object.get(field);
        List<String> out = new ArrayList<>();
        if (value == null || value.isNull()) {
            return out;
        }
        if (!value.isArray()) {
            error(pointer + "/" + field, "\"" + field + "\" should be a list, but it is " + JsonTypes.describe(value) + ".");
            return out;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isTextual()) {
                out.add(item.asText());
            } else {
                error(pointer + "/" + field + "/" + i, "Entries of \"" + field + "\" should be text, but this is "
                        + JsonTypes.describe(item) + ".");
            }
        }
        return out;
    }
}
