package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.Sha256;
import app.parley.model.Source;
import app.parley.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which article the Article view shows as the map's articles come and go, without a window. */
class ArticleChoiceTest {

    private static final Source FIRST = source("talks", "Talks open in Istanbul", "Wire", "Hakan Fidan opened.");
    private static final Source SECOND = source("second-day", "Second day", "AFP", "İbrahim Kalın spoke.");
    private static final Source THIRD = source("third-day", "Third day", null, "Dolmabahçe again.");

    private final ArticleChoice choice = new ArticleChoice();

    private static Source source(String id, String title, String publisher, String text) {
        return new Source(id, title, publisher, null, "en", null, text, Sha256.hex(text));
    }

    @Test
    void aMapOpensAtItsFirstArticle() {
        choice.follow(List.of(FIRST, SECOND));

        assertThat(choice.shown()).isEqualTo(FIRST);
        assertThat(choice.sources()).containsExactly(FIRST, SECOND);
        assertThat(choice.several()).isTrue();
    }

    @Test
    void anArticleJustAddedIsShown() {
        choice.follow(List.of(FIRST));

        choice.follow(List.of(FIRST, SECOND));

        assertThat(choice.shown()).isEqualTo(SECOND);
        assertThat(choice.position()).isEqualTo("Article 2 of 2");
    }

    @Test
    void undoingTheAddShowsTheFirstArticleAndRedoShowsTheAddedOneAgain() {
        choice.follow(List.of(FIRST));
        choice.follow(List.of(FIRST, SECOND));

        choice.follow(List.of(FIRST));
        assertThat(choice.shown()).isEqualTo(FIRST);
        assertThat(choice.several()).isFalse();

        choice.follow(List.of(FIRST, SECOND));
        assertThat(choice.shown()).isEqualTo(SECOND);
    }

    @Test
    void theChosenArticleStaysWhileOtherEditsChangeTheMap() {
        choice.follow(List.of(FIRST, SECOND, THIRD));
        assertThat(choice.choose("third-day")).isTrue();

        Source retitled = source("third-day", "Third day, retitled", null, "Dolmabahçe again.");
        choice.follow(List.of(FIRST, SECOND, retitled));

        assertThat(choice.shown()).isEqualTo(retitled);
    }

    @Test
    void removingTheShownArticleFallsBackToTheFirst() {
        choice.follow(List.of(FIRST, SECOND, THIRD));
        choice.choose("second-day");

        choice.follow(List.of(FIRST, THIRD));

        assertThat(choice.shown()).isEqualTo(FIRST);
    }

    @Test
    void anotherMapStartsAtItsFirstArticleEvenThoughAllItsArticlesAreNew() {
        choice.follow(List.of(FIRST));
        choice.follow(List.of(THIRD, SECOND));

        assertThat(choice.shown()).isEqualTo(THIRD);
    }

    @Test
    void aMapWithoutArticlesShowsNone() {
        choice.follow(List.of(FIRST));

        choice.follow(List.of());

        assertThat(choice.shown()).isNull();
        assertThat(choice.sources()).isEmpty();
        assertThat(choice.position()).isEmpty();
    }

    @Test
    void revealingWordsSwitchesToTheirArticleOnlyWhenItIsAnother() {
        choice.follow(List.of(FIRST, SECOND));

        assertThat(choice.reveal(new Span("second-day", 0, 7))).isTrue();
        assertThat(choice.shown()).isEqualTo(SECOND);
        assertThat(choice.reveal(new Span("second-day", 8, 12))).isFalse();
        assertThat(choice.reveal(new Span("no-such-article", 0, 1))).isFalse();
        assertThat(choice.shown()).isEqualTo(SECOND);
    }

    @Test
    void theChooserNamesTitleAndPublisher() {
        assertThat(ArticleChoice.label(SECOND)).isEqualTo("Second day · AFP");
        assertThat(ArticleChoice.label(THIRD)).isEqualTo("Third day");
    }
}
