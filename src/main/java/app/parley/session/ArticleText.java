package app.parley.session;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the text of an article file: UTF-8, kept verbatim (only a leading byte order mark is dropped), refusing a
 * missing, empty, binary, non-UTF-8 or oversized file with one plain sentence.
 */
public final class ArticleText {

    /** The largest article read: 16 MiB of text. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final int BINARY_PROBE_BYTES = 8192;

    private ArticleText() {
    }

    /**
     * The text of {@code file}.
     *
     * @throws EditRefused when the file cannot be used as an article; the message says why
     */
    public static String read(Path file) throws EditRefused {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new EditRefused(file + " is a folder, not a text file.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new EditRefused(file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB; an article is "
                        + "plain text.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new EditRefused("There is no file at " + file + ".");
        } catch (AccessDeniedException e) {
            throw new EditRefused("Parley may not read " + file + " (permission denied).");
        } catch (IOException e) {
            throw new EditRefused(file + " could not be read: " + e.getMessage());
        }
        return decode(bytes, file.toString());
    }

    /**
     * The text of an article's bytes.
     *
     * @param name how to name the article in messages
     * @throws EditRefused when the bytes are not UTF-8 text or hold no words
     */
    public static String decode(byte[] bytes, String name) throws EditRefused {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = offset; i < Math.min(bytes.length, offset + BINARY_PROBE_BYTES); i++) {
            if (bytes[i] == 0) {
                throw new EditRefused(name + " is a binary file, not text (it holds a zero byte at offset " + i + ").");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (MalformedInputException e) {
            throw new EditRefused(name + " is not UTF-8 text; save it as UTF-8 and try again.");
        } catch (CharacterCodingException e) {
            throw new EditRefused(name + " is not UTF-8 text; save it as UTF-8 and try again.");
        }
        return checked(text, name);
    }

    /**
     * Pasted or typed text, checked like a file's.
     *
     * @throws EditRefused when it holds no words
     */
    public static String checked(String text, String name) throws EditRefused {
        if (text == null || text.isBlank()) {
            throw new EditRefused(name + " holds no text.");
        }
        return text;
    }
}
