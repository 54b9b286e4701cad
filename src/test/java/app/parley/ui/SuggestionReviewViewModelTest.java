package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.parley.assist.ArticleAssistant;
import app.parley.assist.SuggestedActor;
import app.parley.assist.SuggestedQuote;
import app.parley.assist.SuggestionAcceptor;
import app.parley.assist.Suggestions;
import app.parley.io.DatasetValidator;
import app.parley.io.Problem;
import app.parley.model.Dataset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionReviewViewModelTest {

    private static final String TEXT = "Turkey’s Foreign Minister, Hakan Fidan, opened the talks.\n"
            + "“We are ready,” Fidan said. The so-called “red lines” stayed.";

    private static final String WHITE_HOUSE = "Today, President Donald J. Trump hosted Azerbaijani President Ilham "
            + "Aliyev at the White House.\n";

    private final List<Suggestions> emitted = new ArrayList<>();
    private final SuggestionReviewViewModel model = new SuggestionReviewViewModel(TEXT, ArticleAssistant.suggest(TEXT),
            emitted::add);

    private SuggestionReviewViewModel.Item item(String labelStart) {
        return model.items().stream().filter(i -> i.label().startsWith(labelStart)).findFirst().orElseThrow();
    }

    @Test
    void selectingASuggestionHighlightsItsWords() {
        model.selectedProperty().set(item("Hakan Fidan: “We are ready”"));
        assertEquals("We are ready", TEXT.substring(model.highlightProperty().get().start(),
                model.highlightProperty().get().end()));
        model.selectedProperty().set(null);
        assertNull(model.highlightProperty().get());
    }

    @Test
    void acceptingAQuoteHandsOnTheQuoteWithItsSpeaker() {
        model.accept(item("Hakan Fidan: “We are ready”"));
        assertEquals(1, emitted.size());
        assertEquals(List.of("Hakan Fidan"), emitted.get(0).actors().stream().map(SuggestedActor::name).toList());
        assertEquals(List.of("We are ready"), emitted.get(0).quotes().stream().map(SuggestedQuote::text).toList());
        assertEquals(SuggestionReviewViewModel.Decision.ACCEPTED, item("Hakan Fidan —").decision());
    }

    @Test
    void quoteWithoutSpeakerCannotBeAcceptedUntilOneIsGiven() {
        model.accept(item("(speaker unknown)"));
        assertTrue(emitted.isEmpty());
        model.editSpeaker(item("(speaker unknown)"), "Hakan Fidan");
        model.accept(item("Hakan Fidan: “red lines”"));
        assertEquals("red lines", emitted.get(0).quotes().get(0).text());
    }

    @Test
    void rejectingAnActorRejectsWhatNamesIt() {
        model.reject(item("Hakan Fidan —"));
        assertEquals(SuggestionReviewViewModel.Decision.REJECTED, item("Hakan Fidan: “We are ready”").decision());
        model.acceptAll();
        assertTrue(emitted.stream().noneMatch(s -> s.quotes().stream().anyMatch(q -> "Hakan Fidan".equals(q.speaker()))));
    }

    @Test
    void afterADecisionTheReviewGoesToTheNextSuggestionStillPending() {
        SuggestionReviewViewModel.Item fidan = item("Hakan Fidan —");
        int at = model.items().indexOf(fidan);
        model.reject(fidan);

        int next = model.nextToReview(at);

        assertTrue(next > at);
        assertEquals(SuggestionReviewViewModel.Decision.PENDING, model.items().get(next).decision());
        assertTrue(model.items().subList(at + 1, next).stream()
                .noneMatch(i -> i.decision() == SuggestionReviewViewModel.Decision.PENDING));
        assertTrue(model.items().subList(at + 1, next).stream()
                .anyMatch(i -> i.decision() == SuggestionReviewViewModel.Decision.REJECTED));
    }

    @Test
    void onceTheLastIsDecidedTheReviewGoesBackToTheFirstStillPending() {
        int last = model.items().size() - 1;
        model.reject(model.items().get(last));

        int next = model.nextToReview(last);

        SuggestionReviewViewModel.Item firstPending = model.items().stream()
                .filter(i -> i.decision() == SuggestionReviewViewModel.Decision.PENDING).findFirst().orElseThrow();
        assertEquals(model.items().indexOf(firstPending), next);
    }

    @Test
    void anActorsLineNamesTheSideItsCardWillHave() {
        SuggestionReviewViewModel review = new SuggestionReviewViewModel(WHITE_HOUSE,
                ArticleAssistant.suggest(WHITE_HOUSE), emitted::add);

        assertThat(review.items()).extracting(SuggestionReviewViewModel.Item::label)
                .contains("Ilham Aliyev — person · Azerbaijan", "Azerbaijan — state · Azerbaijan",
                        "White House — organization · United States");
    }

    @Test
    void renamingAnActorCarriesItsQuotesAlong() {
        model.rename(item("Hakan Fidan —"), "Fidan, Hakan");
        assertEquals(SuggestionReviewViewModel.Kind.QUOTE, item("Fidan, Hakan: “We are ready”").kind());
    }

    @Test
    void acceptAllEmitsWhatTheAcceptorTurnsIntoAValidMap() {
        model.acceptAll();
        assertEquals(1, model.pending());
        Dataset map = new Dataset("Review", List.of(), List.of(), List.of(), List.of(), List.of());
        List<String> skipped = new ArrayList<>();
        for (Suggestions accepted : emitted) {
            SuggestionAcceptor.Result result = SuggestionAcceptor.accept(map, new app.parley.model.Source("talks",
                    "Talks", null, null, "en", null, TEXT, null), accepted);
            map = result.dataset();
            skipped.addAll(result.skipped());
        }
        assertEquals(List.of(), skipped);
        assertEquals(List.of(), DatasetValidator.validate(map).stream().filter(Problem::isError).toList());
        assertEquals(1, map.sources().size());
        assertEquals(1, map.quotes().size());
        assertTrue(map.actors().stream().anyMatch(a -> a.name().equals("Hakan Fidan")));
    }
}
