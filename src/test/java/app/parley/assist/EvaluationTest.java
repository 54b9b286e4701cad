package app.parley.assist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.io.DatasetReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    @Test
    void scoresCountExactOverlappingAndSpeakers() {
        String text = "“A,” said Hakan Fidan. “B” and “C.”";
        GoldArticle gold = new GoldArticle("t", text, List.of(new GoldArticle.Quote(1, 2, "Hakan Fidan"),
                new GoldArticle.Quote(24, 25, "Hakan Fidan"), new GoldArticle.Quote(32, 34, null)),
                List.of(new GoldArticle.Person("Hakan Fidan", List.of(), true)));
        Suggestions suggestions = new Suggestions(List.of(), List.of(
                new SuggestedQuote("A", 1, 2, "Hakan Fidan", app.parley.model.QuoteKind.DIRECT),
                new SuggestedQuote("B” and “C", 24, 31, null, app.parley.model.QuoteKind.DIRECT)), List.of());
        Evaluation.Score score = Evaluation.score(gold, suggestions);
        assertEquals(1, score.exact());
        assertEquals(2, score.overlapping());
        assertEquals(1, score.speakersRight());
        assertEquals(2, score.speakersJudged());
        assertEquals(0.4, score.exactF1(), 1e-9);
        assertEquals(0, score.namedPeopleFound());
    }

    @Test
    void istanbulDatasetMeetsTheGoals() {
        GoldArticle gold = GoldArticles.fromDataset("istanbul", DatasetReader.istanbul());
        Evaluation.Score score = Evaluation.score(gold, ArticleAssistant.suggest(gold.text()));
        assertTrue(score.exactF1() >= 0.90, score.toString());
        assertTrue(score.speakerAccuracy() >= 0.85, score.toString());
        assertTrue(score.peopleRecall() >= 0.90, score.toString());
    }

    @Test
    void whiteHouseAnnotationMeetsTheGoals() throws IOException {
        Path file = Path.of("..", "shared", "eval", "05-armenia-azerbaijan-whitehouse.gold.json");
        Assumptions.assumeTrue(Files.exists(file), "../shared/eval is beside the clone");
        GoldArticle gold = GoldArticles.read(file);
        Evaluation.Score score = Evaluation.score(gold, ArticleAssistant.suggest(gold.text()));
        assertEquals(3, score.goldQuotes());
        assertTrue(score.exactF1() >= 0.90, score.toString());
        assertTrue(score.speakerAccuracy() >= 0.85, score.toString());
        assertTrue(score.peopleRecall() >= 0.90, score.toString());
    }
}
