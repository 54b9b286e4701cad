package app.parley.io;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns Jackson's parser messages into short sentences for people. */
final class JsonErrors {

    private JsonErrors() {
    }

    /** The first line of the parser's own message, without Jackson's technical asides. */
    static String plain(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "it could not be parsed";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        line = line.replaceAll(" \\(code \\d+\\)", "")
                .replaceAll("\\s*\\(for [^)]*\\)", "")
                .replace("Unexpected end-of-input", "the file ends too early")
                .replace("Duplicate field", "a field appears twice:")
                .replace("Unexpected character", "unexpected character");
        if (line.endsWith(".")) {
            line = line.substring(0, line.length() - 1);
        }
        return line;
    }
}
