package app.parley.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileTest {

    @TempDir
    Path dir;

    private ArticleFile.Read read(byte[] bytes) throws IOException {
        Path file = dir.resolve("article.txt");
        Files.write(file, bytes);
        return ArticleFile.read(file);
    }

    @Test
    void plainUtf8TextIsReadWithoutItsByteOrderMark() throws IOException {
        byte[] text = "İbrahim Kalın in Dolmabahçe".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertEquals("İbrahim Kalın in Dolmabahçe", read(withBom).text());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertTrue(read(" \n ".getBytes(StandardCharsets.UTF_8)).error().contains("is empty"));
    }

    @Test
    void binaryFileIsRefused() throws IOException {
        assertTrue(read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}).error().contains("binary"));
    }

    @Test
    void latin1FileIsRefusedAsNotUtf8() throws IOException {
        assertTrue(read("Dolmabahçe".getBytes(StandardCharsets.ISO_8859_1)).error().contains("not UTF-8"));
    }

    @Test
    void webPageIsRefused() throws IOException {
        String html = "<!DOCTYPE html><html><body><p>Talks</p></body></html>";
        assertTrue(read(html.getBytes(StandardCharsets.UTF_8)).error().contains("HTML"));
    }

    @Test
    void fiftyMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        String error = ArticleFile.read(file).error();
        assertTrue(error.contains("50.0 MB"), error);
    }

    @Test
    void missingFileIsNamed() {
        assertTrue(ArticleFile.read(dir.resolve("nope.txt")).error().startsWith("No file"));
    }
}
