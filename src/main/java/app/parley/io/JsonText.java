package app.parley.io;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The JSON of a dataset, as checked UTF-8 bytes or as text. Bytes are parsed as they are and decoded to text only
 * when problems must be placed by line and column, so a large file is not held twice.
 */
abstract class JsonText {

    /** A parser over the JSON, configured as {@link JsonSupport#mapper()} configures it. */
    abstract JsonParser parser() throws IOException;

    /** The JSON as text. */
    abstract String text();

    /** JSON given as text. */
    static JsonText of(String text) {
        return new JsonText() {
            @Override
            JsonParser parser() throws IOException {
                return JsonSupport.mapper().createParser(text);
            }

            @Override
            String text() {
                return text;
            }
        };
    }

    /** JSON given as UTF-8 bytes from {@code offset} on, already checked by {@link TextDecoder#check}. */
    static JsonText of(byte[] bytes, int offset) {
        return new JsonText() {
            @Override
            JsonParser parser() throws IOException {
                return JsonSupport.mapper().createParser(bytes, offset, bytes.length - offset);
            }

            @Override
            String text() {
                return TextDecoder.text(bytes, offset);
            }
        };
    }
}
