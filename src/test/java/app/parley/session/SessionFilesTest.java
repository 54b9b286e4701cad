package app.parley.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.io.DatasetReader;
import app.parley.io.LoadResult;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.Story;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionFilesTest {

    @TempDir
    Path dir;

    @Test
    void aSavedMapReadsBackEqualWithItsPositions() throws Exception {
        MapSession session = new MapSession(DatasetReader.istanbul(), null);
        session.execute(MoveCards.one("kalin", new CardPosition(-12.5, 40)));
        Path file = dir.resolve("talks.json");

        MapFiles.save(session.dataset(), file);
        LoadResult again = MapFiles.open(file);

        assertThat(again.problems()).isEmpty();
        assertThat(again.dataset()).isEqualTo(session.dataset());
    }

    @Test
    void saveRemovesTemporaryFilesAnInterruptedSaveLeft() throws Exception {
        Path file = dir.resolve("talks.json");
        Path leftover = dir.resolve(".talks.json.123456789.tmp");
        Path otherMaps = dir.resolve(".talks.json1.55.tmp");
        Files.writeString(leftover, "{\"format\": \"parl");
        Files.writeString(otherMaps, "keep");

        MapFiles.save(DatasetReader.istanbul(), file);

        assertThat(leftover).doesNotExist();
        assertThat(otherMaps).exists();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(".talks.json1.55.tmp", "talks.json");
        }
    }

    @Test
    void aMapWithAnErrorIsNeverWritten() throws Exception {
        Dataset broken = new Dataset("Broken", List.of(), List.of(), List.of(), List.of(), List.of(), Story.EMPTY,
                Map.of("ghost", new CardPosition(0, 0)));
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> MapFiles.save(broken, file)).isInstanceOf(IOException.class)
                .hasMessageContaining("No actor has the id \"ghost\"");
        assertThat(Files.readString(file)).isEqualTo("old");
    }

    @Test
    void aNewMapFromAnArticleHoldsItVerbatimAndPassesCheck() throws Exception {
        String text = "\uFEFFİbrahim Kalın met Rustem Umerov in Dolmabahçe.\r\n\r\n“No deal,” he said.\n";
        Path article = dir.resolve("article.txt");
        Files.write(article, text.getBytes(StandardCharsets.UTF_8));

        String read = ArticleText.read(article);
        Dataset map = NewMaps.fromArticle(new Article("Kalın meets Umerov", "AFP", null, "", read));
        Path file = dir.resolve("new.json");
        MapFiles.save(map, file);

        assertThat(read).isEqualTo(text.substring(1));
        LoadResult again = MapFiles.open(file);
        assertThat(again.problems()).isEmpty();
        assertThat(again.dataset().sources()).singleElement().satisfies(source -> {
            assertThat(source.text()).isEqualTo(read);
            assertThat(source.id()).isEqualTo("kalin-meets-umerov");
            assertThat(source.url()).isNull();
        });
        assertThat(again.dataset().title()).isEqualTo("Kalın meets Umerov");
    }

    @Test
    void articleFilesThatAreNotTextAreRefusedInOneSentence() throws Exception {
        Path binary = dir.resolve("picture.txt");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Dolmabah\u00e7e".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, " \n ");

        assertThatThrownBy(() -> ArticleText.read(binary)).hasMessageContaining("is a binary file");
        assertThatThrownBy(() -> ArticleText.read(latin1)).hasMessageContaining("is not UTF-8 text");
        assertThatThrownBy(() -> ArticleText.read(empty)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> ArticleText.read(dir.resolve("missing.txt"))).hasMessageStartingWith("No file");
    }

    @Test
    void recentMapsKeepTheLastTenNewestFirst() {
        RecentMaps recent = new RecentMaps(dir);
        for (int i = 0; i < 12; i++) {
            recent.add(dir.resolve("map-" + i + ".json"));
        }
        recent.add(dir.resolve("map-5.json"));

        List<Path> maps = new RecentMaps(dir).list();
        assertThat(maps).hasSize(10);
        assertThat(maps.get(0)).isEqualTo(dir.resolve("map-5.json").toAbsolutePath());
        assertThat(maps.get(1)).isEqualTo(dir.resolve("map-11.json").toAbsolutePath());
        assertThat(maps).doesNotContain(dir.resolve("map-0.json").toAbsolutePath());
    }

    @Test
    void theDataFolderFollowsTheOverrideThenXdg() {
        assertThat(DataFolder.resolve("/tmp/x", Map.of("XDG_DATA_HOME", "/d"), "/home/u", "Linux"))
                .isEqualTo(Path.of("/tmp/x"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/d"), "/home/u", "Linux"))
                .isEqualTo(Path.of("/d", "parley"));
        assertThat(DataFolder.resolve(null, Map.of(), "/home/u", "Linux"))
                .isEqualTo(Path.of("/home/u", ".local", "share", "parley"));
    }
}
