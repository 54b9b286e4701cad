package app.parley.session;

import app.parley.assist.ArticleFile;
import java.nio.file.Path;

/**
 * The text of an article for a new map or an added article: read and checked as the article assistant reads it
 * (UTF-8 kept verbatim, a leading byte order mark dropped; a missing, empty, binary, non-UTF-8, HTML or oversized file
 * refused with one plain sentence), as a refusal of the edit that asked for it.
 */
public final class ArticleText {

    private ArticleText() {
    }

    /**
     * The text of {@code file}.
     *
     * @throws EditRefused when the file cannot be used as an article; the message says why
     */
    public static String read(Path file) throws EditRefused {
        return text(ArticleFile.read(file));
    }

    /**
     * The text of an article's bytes.
     *
     * @param name how to name the article in messages
     * @throws EditRefused when the bytes are not UTF-8 text or hold no words
     */
    public static String decode(byte[] bytes, String name) throws EditRefused {
        return text(ArticleFile.decode(bytes, name));
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

    private static String text(ArticleFile.Read read) throws EditRefused {
        if (!read.ok()) {
            throw new EditRefused(read.error());
        }
        return read.text();
    }
}
