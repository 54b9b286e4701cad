package app.parley.render.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes JSON that is safe inside an HTML {@code script} element: {@code <}, {@code >} and {@code &} (so no
 * {@code </script>} or comment can end the block early), the line separators U+2028 and U+2029, and {@code :} (so
 * no address in the data reads as a link to another site) are written as {@code \\uXXXX} escapes, which every JSON
 * reader turns back into the same text.
 */
final class ScriptJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScriptJson() {
    }

    /** {@code tree} as one line of script-safe JSON. */
    static String write(JsonNode tree) {
        try {
            return MAPPER.writer().with(new ScriptEscapes()).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    /** A new, empty object node. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    private static final class ScriptEscapes extends CharacterEscapes {

        private final int[] table;

        ScriptEscapes() {
            table = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', ':', '/'}) {
                table[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
