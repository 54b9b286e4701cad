package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assist.ArticleAssistant;
import app.parley.assist.Suggestions;
import app.parley.io.DatasetValidator;
import app.parley.io.Problem;
import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.session.Article;
import app.parley.session.MapSession;
import app.parley.session.NewMaps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The review joined to a map session, without a window: acceptances as single undoable edits. */
class SuggestionReviewTest {

    private final List<String> said = new ArrayList<>();
    private String text;
    private MapSession session;
    private Dataset start;
    private SuggestionReview review;

    @BeforeEach
    void openTheIstanbulArticle() throws Exception {
        text = Files.readString(Path.of("assets/istanbul-talks-2025.txt"), StandardCharsets.UTF_8);
        start = NewMaps.fromArticle(new Article("Istanbul talks", "AFP", null, null, text));
        session = MapSession.unsaved(start);
        Suggestions suggestions = ArticleAssistant.suggest(text, start);
        review = new SuggestionReview(session, start.sources().get(0).id(), text, suggestions, said::add);
    }

    private SuggestionReviewViewModel.Item item(String labelStart) {
        return review.model().items().stream().filter(i -> i.label().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no suggestion " + labelStart + " in "
                        + review.model().items().stream().map(SuggestionReviewViewModel.Item::label).toList()));
    }

    private SuggestionReviewViewModel.Item firstQuoteWithSpeaker() {
        return review.model().items().stream().filter(i -> i.kind() == SuggestionReviewViewModel.Kind.QUOTE
                && i.label().startsWith("Andriy Yermak:")).findFirst().orElseThrow();
    }

    @Test
    void acceptingOneQuoteIsOneEditThatAddsItsSpeakerToo() {
        SuggestionReviewViewModel.Item quote = firstQuoteWithSpeaker();

        review.model().accept(quote);

        assertThat(session.undoDepth()).isEqualTo(1);
        assertThat(session.undoLabel()).contains("Accept quote by Andriy Yermak");
        Dataset map = session.dataset();
        assertThat(map.actors()).extracting(Actor::name).containsExactly("Andriy Yermak");
        assertThat(map.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speakerId()).isEqualTo(map.actors().get(0).id());
            assertThat(text.substring(q.span().start(), q.span().end())).isEqualTo(q.text());
        });
        assertThat(said).containsExactly("Accept quote by Andriy Yermak.");
    }

    @Test
    void acceptingAllIsOneEditAndUndoGivesBackTheMapExactly() {
        review.model().acceptAll();

        assertThat(session.undoDepth()).isEqualTo(1);
        assertThat(session.undoLabel().orElseThrow()).matches("Accept \\d+ suggestions");
        Dataset accepted = session.dataset();
        assertThat(accepted.actors()).hasSizeGreaterThan(10);
        assertThat(accepted.quotes()).hasSizeGreaterThan(10);
        assertThat(accepted.relations()).isNotEmpty();
        assertThat(DatasetValidator.validate(accepted)).noneMatch(Problem::isError);

        session.undo();
        assertThat(session.dataset()).isEqualTo(start);
        assertThat(review.model().pending()).isEqualTo(review.model().items().size());

        session.redo();
        assertThat(session.dataset()).isEqualTo(accepted);
        assertThat(review.model().items()).noneMatch(i -> i.decision() == SuggestionReviewViewModel.Decision.PENDING
                && i.kind() != SuggestionReviewViewModel.Kind.QUOTE);
    }

    @Test
    void actorsOfTheMapAreMatchedNotAddedAgain() {
        review.model().accept(item("Andriy Yermak —"));
        int actors = session.dataset().actors().size();

        review.model().accept(firstQuoteWithSpeaker());

        assertThat(session.dataset().actors()).hasSize(actors);
        assertThat(session.dataset().quotes()).hasSize(1);
        assertThat(session.undoDepth()).isEqualTo(2);
    }

    @Test
    void undoingOneAcceptanceMakesItPendingAgain() {
        SuggestionReviewViewModel.Item quote = firstQuoteWithSpeaker();
        review.model().accept(quote);

        session.undo();

        assertThat(session.dataset()).isEqualTo(start);
        assertThat(item("Andriy Yermak —").decision()).isEqualTo(SuggestionReviewViewModel.Decision.PENDING);
        assertThat(firstQuoteWithSpeaker().decision()).isEqualTo(SuggestionReviewViewModel.Decision.PENDING);
        review.model().accept(firstQuoteWithSpeaker());
        assertThat(session.dataset().quotes()).hasSize(1);
    }

    @Test
    void aDisposedReviewNoLongerFollowsTheSession() {
        review.model().accept(firstQuoteWithSpeaker());
        review.dispose();

        session.undo();

        assertThat(firstQuoteWithSpeaker().decision()).isEqualTo(SuggestionReviewViewModel.Decision.ACCEPTED);
    }
}
