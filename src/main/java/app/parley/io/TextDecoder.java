package app.parley.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks that a file's bytes are text Parley can read, refusing empty, binary and non-UTF-8 content with a plain
 * message. The check decodes in small pieces, so a large file is never held twice as text.
 */
final class TextDecoder {

    private static final int BINARY_PROBE_BYTES = 8192;
    private static final int CHUNK_CHARS = 8192;

    private TextDecoder() {
    }

    /**
     * Where the text starts (after a byte order mark, which is dropped with a warning), or -1 with the problems that
     * stop it.
     *
     * @param bytes    the whole file
     * @param problems where problems go
     * @return the offset of the first byte of text, or -1 when the bytes cannot be read as UTF-8 text
     */
    static int check(byte[] bytes, List<Problem> problems) {
        if (bytes.length == 0) {
            problems.add(Problem.error("", "The file is empty; a dataset is a JSON object starting with {."));
            return -1;
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
                return -1;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(CHUNK_CHARS);
        boolean blank = true;
        CoderResult result;
        do {
            result = decoder.decode(in, out, true);
            blank &= isBlank(out.flip());
            out.clear();
        } while (result.isOverflow());
        if (result.isError()) {
            problems.add(Problem.error("", "The file is not UTF-8 text (invalid bytes at offset " + in.position()
                    + "); save it as UTF-8."));
            return -1;
        }
        decoder.flush(out);
        if (blank && isBlank(out.flip())) {
            problems.add(Problem.error("", "The file holds only white space; a dataset is a JSON object starting with {."));
            return -1;
        }
        return offset;
    }

    /** The text of bytes that passed {@link #check}, from {@code offset} on. */
    static String text(byte[] bytes, int offset) {
        return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }

    private static boolean isBlank(CharBuffer chars) {
        for (int i = chars.position(); i < chars.limit(); i++) {
            if (!Character.isWhitespace(chars.get(i))) {
                return false;
            }
        }
        return true;
    }
}
