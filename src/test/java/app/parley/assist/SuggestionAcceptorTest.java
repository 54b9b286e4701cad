package app.parley.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.io.DatasetReader;
import app.parley.io.DatasetValidator;
import app.parley.io.DatasetWriter;
import app.parley.io.LoadResult;
import app.parley.io.Problem;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.QuoteKind;
import app.parley.model.Side;
import app.parley.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionAcceptorTest {

    private static final String ARTICLE = "Turkey’s Foreign Minister, Hakan Fidan, opened the talks in Istanbul.\n"
            + "“We are ready,” Fidan said, “to host them again.”\n"
            + "The so-called “red lines” were not discussed.";

    private static final SuggestionAcceptor.ArticleInfo INFO = new SuggestionAcceptor.ArticleInfo(
            "Talks in Istanbul", "Test Wire", LocalDate.of(2025, 5, 16), null);

    @Test
    void everyAcceptedSuggestionMakesAMapThatPassesValidation() {
        Suggestions suggestions = ArticleAssistant.suggest(ARTICLE);
        SuggestionAcceptor.Result result = SuggestionAcceptor.accept(INFO, ARTICLE, suggestions);
        Dataset dataset = result.dataset();
        assertEquals(List.of(), DatasetValidator.validate(dataset).stream().map(Problem::describe).toList());
        assertEquals(2, dataset.quotes().size());
        assertTrue(dataset.quotes().stream().allMatch(q -> q.speakerId().equals("hakan-fidan")));
        assertEquals(QuoteKind.DIRECT, dataset.quotes().get(0).kind());
        assertEquals(Side.TURKEY, dataset.actors().stream().filter(a -> a.id().equals("hakan-fidan")).findFirst()
                .orElseThrow().side());
        assertEquals("Foreign Minister", dataset.roles().get(0).title());
        assertEquals("turkey", dataset.roles().get(0).ofId());
    }

    @Test
    void quotesWithoutSpeakerAreReportedNotWritten() {
        SuggestionAcceptor.Result result = SuggestionAcceptor.accept(INFO, ARTICLE, ArticleAssistant.suggest(ARTICLE));
        assertEquals(1, result.skipped().stream().filter(line -> line.contains("red lines")).count());
        assertTrue(result.dataset().quotes().stream().noneMatch(q -> q.text().equals("red lines")));
    }

    @Test
    void writtenMapReadsBackCleanWithTheSourceHash() throws IOException {
        Dataset dataset = SuggestionAcceptor.accept(INFO, ARTICLE, ArticleAssistant.suggest(ARTICLE)).dataset();
        Path file = Files.createTempFile("parley-accepted", ".json");
        try {
            new DatasetWriter().save(dataset, file);
            LoadResult loaded = new DatasetReader().read(file);
            assertTrue(loaded.ok(), loaded.problems().toString());
            assertEquals(ARTICLE, loaded.dataset().sources().get(0).text());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void acceptingIntoAnExistingMapReusesItsActorsAndAddsTheSource() {
        Dataset istanbul = DatasetReader.istanbul();
        String text = "Ibrahim Kalin and Foreign Minister Hakan Fidan met. “Peace is near,” said Fidan.";
        Source source = new Source("follow-up", "Follow-up", null, null, "en", null, text, null);
        Suggestions suggestions = ArticleAssistant.suggest(text, istanbul);
        SuggestionAcceptor.Result result = SuggestionAcceptor.accept(istanbul, source, suggestions);
        Dataset merged = result.dataset();
        assertEquals(List.of(), DatasetValidator.validate(merged).stream().filter(Problem::isError)
                .map(Problem::describe).toList());
        assertEquals(istanbul.sources().size() + 1, merged.sources().size());
        assertEquals(istanbul.actors().size(), merged.actors().size());
        assertEquals("fidan", merged.quotes().get(merged.quotes().size() - 1).speakerId());
        assertEquals("follow-up", merged.quotes().get(merged.quotes().size() - 1).span().sourceId());
    }

    @Test
    void relationsToActorsNotAcceptedAreLeftOutAndSaidSo() {
        Suggestions all = ArticleAssistant.suggest("Ukrainian President Volodymyr Zelensky accused Moscow.");
        Suggestions withoutRussia = new Suggestions(all.actors().stream().filter(a -> a.kind() != ActorKind.STATE
                || !a.name().equals("Russia")).toList(), all.quotes(), all.relations());
        SuggestionAcceptor.Result result = SuggestionAcceptor.accept(INFO,
                "Ukrainian President Volodymyr Zelensky accused Moscow.", withoutRussia);
        assertTrue(result.dataset().relations().stream().noneMatch(r -> r.type().id().equals("accused")));
        assertTrue(result.skipped().stream().anyMatch(line -> line.contains("accused")), result.skipped().toString());
        assertEquals(List.of(), DatasetValidator.validate(result.dataset()).stream().filter(Problem::isError).toList());
        assertTrue(new String(ARTICLE.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(ARTICLE));
    }
}
