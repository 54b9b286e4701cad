package app.parley.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Turns a file's bytes into text, refusing empty, binary and non-UTF-8 content with a plain message. */
final class TextDecoder {

    private static final int BINARY_PROBE_BYTES = 8192;

    private TextDecoder() {
    }

    /**
     * The decoded text, or the problems that stop it; a byte order mark is dropped with a warning.
     *
     * @param bytes    the whole file
     * @param problems where problems go
     * @return the text, or {@code null} when it cannot be read as UTF-8 text
     */
    static String decode(byte[] bytes, List<Problem> problems) {
        if (bytes.length == 0) {
            problems.add(Problem.error("", "The file is empty; a dataset is a JSON object starting with {."));
            return null;
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.add(Problem.warning("", "The file starts with a UTF-8 byte order mark, which was ignored."));
            offset = 3;
        }
        int probeEnd = Math.min(bytes.length, offset + BINARY_PROBE_BYTES);
        for (int i = offset; i < probeEnd; i++) {
            if (bytes[i] == 0) {
                problems.add(Problem.error("", "This is a binary file, not a JSON dataset (it holds a zero byte at offset "
                        + i + ")."));
                return null;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.add(Problem.error("", "The file is not UTF-8 text (invalid bytes at offset " + in.position()
                    + "); save it as UTF-8."));
            return null;
        }
        decoder.flush(out);
        String text = out.flip().toString();
        if (text.isBlank()) {
            problems.add(Problem.error("", "The file holds only white space; a dataset is a JSON object starting with {."));
            return null;
        }
        return text;
    }
}
