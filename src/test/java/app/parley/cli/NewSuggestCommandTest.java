package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assist.ArticleAssistant;
import app.parley.assist.SuggestedQuote;
import app.parley.assist.Suggestions;
import app.parley.io.DatasetReader;
import app.parley.io.LoadResult;
import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.model.Quote;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code parley new --suggest}: every suggestion accepted into a map that passes {@code check}. */
class NewSuggestCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"assets/istanbul-talks-2025.txt", "../shared/eval/05-armenia-azerbaijan-whitehouse.txt"})
    void everySuggestionIsAcceptedIntoAMapThatPassesCheck(String articleFile) throws Exception {
        Path article = Path.of(articleFile);
        Path out = dir.resolve("map.json");

        CliRun run = CliRun.of("new", "--article", article.toString(), "--suggest", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun check = CliRun.of("check", out.toString());
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains(": OK: ");
        LoadResult read = new DatasetReader().read(out);
        assertThat(read.problems()).isEmpty();
        Dataset map = read.dataset();
        String text = Files.readString(article, StandardCharsets.UTF_8);
        assertThat(map.sources()).singleElement().satisfies(source -> assertThat(source.text()).isEqualTo(text));
        Suggestions suggested = ArticleAssistant.suggest(text);
        long withSpeaker = suggested.quotes().stream().map(SuggestedQuote::speaker).filter(Objects::nonNull).count();
        assertThat(map.quotes()).hasSize((int) withSpeaker);
        assertThat(map.actors()).hasSize(suggested.actors().size());
        assertThat(map.relations()).isNotEmpty();
        for (Quote quote : map.quotes()) {
            assertThat(text.substring(quote.span().start(), quote.span().end())).isEqualTo(quote.text());
            assertThat(map.actors().stream().map(Actor::id)).contains(quote.speakerId());
        }
        assertThat(run.out()).contains("suggested " + map.actors().size() + " actors");
    }
}
