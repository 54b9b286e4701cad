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
        int offset = byteOrderMarkLength(bytes);
        if (offset > 0) {
            problems.add(Problem.warning("", "The file starts with a UTF-8 byte order mark, which was ignored."));
        }
        int probeEnd = Math.min(bytes.length, offset + BINARY_PROBE_BYTES);
        for (int i = offset; i < probeEnd; i++) {
            if (bytes[i] == 0 && utf16WithoutMark(bytes, offset)) {
                problems.add(Problem.error("", "This looks like UTF-16 text without a byte order mark; save it as "
                        + "UTF-8 (or as UTF-16 with a byte order mark, which Parley also reads)."));
                return -1;
            }
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

    /**
     * The bytes of a file as UTF-8: a file that starts with a UTF-16 byte order mark is decoded as UTF-16 (with a
     * warning), any other is returned as it is. {@code null} with an error when the UTF-16 is broken.
     */
    static byte[] utf8(byte[] bytes, List<Problem> problems) {
        boolean bigEndian = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF;
        boolean littleEndian = bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE;
        if (!bigEndian && !littleEndian) {
            return bytes;
        }
        try {
            String text = (bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
            problems.add(Problem.warning("", "The file is UTF-16 text (" + (bigEndian ? "big" : "little")
                    + "-endian, with a byte order mark); it was read as such, and Parley saves UTF-8."));
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(Problem.error("", "The file starts with a UTF-16 byte order mark but is not valid UTF-16; "
                    + "save it as UTF-8."));
            return null;
        }
    }

    /** The length of the UTF-8 byte order mark that starts {@code bytes}: 3, or 0 when there is none. */
    static int byteOrderMarkLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** Whether the first bytes alternate text and zero bytes, as UTF-16 of ASCII does. */
    private static boolean utf16WithoutMark(byte[] bytes, int offset) {
        int pairs = Math.min(16, (bytes.length - offset) / 2);
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i < pairs; i++) {
            byte first = bytes[offset + 2 * i];
            byte second = bytes[offset + 2 * i + 1];
            zeroFirst += first == 0 && second != 0 ? 1 : 0;
            zeroSecond += second == 0 && first != 0 ? 1 : 0;
        }
        return pairs >= 2 && (zeroFirst == pairs || zeroSecond == pairs);
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
