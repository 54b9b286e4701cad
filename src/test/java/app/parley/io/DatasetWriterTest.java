package app.parley.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.model.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {

    @Test
    void writtenDatasetReadsBackEqual(@TempDir Path dir) throws IOException {
        Dataset original = DatasetReader.istanbul();
        Path file = dir.resolve("copy.json");

        new DatasetWriter().save(original, file);
        LoadResult reread = new DatasetReader().read(file);

        assertThat(reread.problems()).isEmpty();
        assertThat(reread.dataset()).isEqualTo(original);
    }

    @Test
    void writerKeepsDiacriticsAsUtf8Text() {
        String json = new DatasetWriter().toJson(DatasetReader.istanbul());

        assertThat(json).contains("\"name\": \"İbrahim Kalın\"").contains("Dolmabahçe").doesNotContain("\\u0130");
    }

    @Test
    void bundledFileIsExactlyWhatTheWriterWrites() throws IOException {
        String bundled = Files.readString(Path.of("assets/istanbul-talks-2025.json"), StandardCharsets.UTF_8);

        assertThat(new DatasetWriter().toJson(DatasetReader.istanbul())).isEqualTo(bundled);
    }

    @Test
    void failedSaveLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("map.json");
        Files.writeString(file, "old content");

        assertThatThrownBy(() -> AtomicFiles.replace(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old content");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void saveKeepsTheOldFilesPermissionsAndGivesNewFilesReadableOnes(@TempDir Path dir) throws IOException {
        Path existing = dir.resolve("old.json");
        Files.writeString(existing, "{}");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-rw----"));
        Path fresh = dir.resolve("new.json");

        new DatasetWriter().save(DatasetReader.istanbul(), existing);
        new DatasetWriter().save(DatasetReader.istanbul(), fresh);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-rw----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");
    }
}
