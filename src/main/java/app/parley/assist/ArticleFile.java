package app.parley.assist;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads an article's text file, refusing with one plain sentence what is not an article: a missing, empty, binary,
 * non-UTF-8, HTML or oversized file.
 */
public final class ArticleFile {

    /** The largest article read: ten megabytes is a book; a news article is a few dozen kilobytes. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!doctype\\s+html|<html|<head|<body)|"
            + "<(p|div|span|br|a\\s+href|script|style)[\\s>/]");

    /**
     * The outcome of reading: the text, or why there is none.
     *
     * @param text  the article's text (without a byte order mark), or {@code null}
     * @param error a one-line message saying what is wrong, or {@code null}
     */
    public record Read(String text, String error) {

        /** Whether the text could be read. */
        public boolean ok() {
            return text != null;
        }
    }

    private ArticleFile() {
    }

    /** Reads the article at {@code file}. */
    public static Read read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                return new Read(null, file + " is a folder, not an article's text file.");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return new Read(null, String.format(Locale.ROOT, "%s is %.1f MB; an article is read up to %d MB of "
                        + "text.", file, size / 1024.0 / 1024.0, MAX_BYTES / 1024 / 1024));
            }
            return decode(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            return new Read(null, "No file " + file + ".");
        } catch (IOException e) {
            return new Read(null, "Cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Checks and decodes an article's bytes; {@code name} says where they came from in messages. */
    public static Read decode(byte[] bytes, String name) {
        if (bytes.length > MAX_BYTES) {
            return new Read(null, name + " is larger than " + MAX_BYTES / 1024 / 1024 + " MB; that is no article.");
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = offset; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return new Read(null, name + " is a binary file, not text (a zero byte at offset " + i + ").");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (MalformedInputException e) {
            return new Read(null, name + " is not UTF-8 text; save it as UTF-8 and try again.");
        } catch (CharacterCodingException e) {
            return new Read(null, name + " is not UTF-8 text; save it as UTF-8 and try again.");
        }
        if (text.isBlank()) {
            return new Read(null, name + " is empty; it should hold the article's text.");
        }
        if (HTML.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text).find()) {
            return new Read(null, name + " is a web page (HTML); save the article as plain text (.txt) first.");
        }
        return new Read(text, null);
    }
}
