package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.QuoteKind;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import app.parley.session.AddQuote;
import app.parley.session.AddRelation;
import app.parley.session.AddSource;
import app.parley.session.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A map holding two articles, in the window: choosing, reading, pointing at and showing words of the second one. */
@ExtendWith(ApplicationExtension.class)
class SeveralArticlesTest {

    private static final String SECOND = "talks-resume-in-istanbul";
    private static final String SECOND_TITLE = "Talks resume in Istanbul";
    private static final String SECOND_TEXT = "Talks resumed on Friday in Dolmabahçe.\n"
            + "Rustem Umerov told reporters that Ukraine would return next week, and İbrahim Kalın welcomed it.\n";
    private static final Article SECOND_ARTICLE = new Article(SECOND_TITLE, "Anadolu", LocalDate.of(2025, 5, 23),
            null, SECOND_TEXT);

    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        app = new AuthoringFixture(stage);
    }

    @BeforeEach
    void twoNegotiators(FxRobot robot) throws Exception {
        app.startWith(robot, AuthoringFixture.person("Hakan Fidan", Side.TURKEY, 0),
                AuthoringFixture.person("Rustem Umerov", Side.UKRAINE, 500));
    }

    private static Span second(String words) {
        int start = SECOND_TEXT.indexOf(words);
        assertThat(start).as(words).isNotNegative();
        return new Span(SECOND, start, start + words.length());
    }

    private ArticleView article() {
        return app.window.article();
    }

    private ComboBox<Source> chooser(FxRobot robot) {
        return robot.lookup("#" + ArticleView.CHOOSER_ID).query();
    }

    private void addSecondArticle(FxRobot robot) {
        robot.interact(() -> app.model.edit(new AddSource(SECOND_ARTICLE)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showFirstArticle(FxRobot robot) {
        robot.interact(() -> {
            app.window.sideTabs().getSelectionModel().select(1);
            article().showArticle(OneArticle.SOURCE);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anArticleAddedFromTheFileMenuIsShownAndItsChooserOffersBoth(FxRobot robot) throws Exception {
        assertThat(article().chooserBar().isVisible()).isFalse();

        robot.clickOn("File").clickOn("Add article…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> {
            robot.from(dialog).lookup(".text-area").queryAs(TextArea.class).setText(SECOND_TEXT);
            List<TextField> fields = List.copyOf(robot.from(dialog).lookup(".text-field").queryAllAs(TextField.class));
            fields.get(0).setText(SECOND_TITLE);
            fields.get(1).setText("Anadolu");
        });
        robot.clickOn("Add article");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dataset().sources()).extracting(Source::id).containsExactly(OneArticle.SOURCE, SECOND);
        assertThat(app.window.sideTabs().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(article().source().id()).isEqualTo(SECOND);
        assertThat(article().chooserBar().isVisible()).isTrue();
        assertThat(chooser(robot).getItems()).extracting(ArticleChoice::label)
                .containsExactly("Talks open in Istanbul · Wire", "Talks resume in Istanbul · Anadolu");
        assertThat(chooser(robot).getValue().id()).isEqualTo(SECOND);
    }

    @Test
    void aQuoteMadeInTheSecondArticleRestsOnItsExactWordsAfterSaving(FxRobot robot, @TempDir Path folder)
            throws Exception {
        addSecondArticle(robot);
        Span words = second("Ukraine would return next week");

        app.dragOver(robot, words);
        assertThat(article().selectedWordsProperty().get()).isEqualTo(words);
        app.rightClickSelection(robot);
        robot.clickOn("Quote by…");
        robot.clickOn("#quote-speaker").write("Umerov").type(KeyCode.ENTER);
        app.commit(robot);

        Dataset saved = AuthoringFixture.savedAndRead(app.dataset(), folder);
        Quote quote = saved.quotes().get(0);
        Source source = saved.sources().stream().filter(s -> s.id().equals(SECOND)).findFirst().orElseThrow();
        assertThat(saved.quotes()).hasSize(1);
        assertThat(quote.span()).isEqualTo(words);
        assertThat(quote.text()).isEqualTo("Ukraine would return next week")
                .isEqualTo(source.text().substring(quote.span().start(), quote.span().end()));
        assertThat(quote.kind()).isEqualTo(QuoteKind.REPORTED);
        assertThat(source.text()).isEqualTo(SECOND_TEXT);
    }

    @Test
    void theChooserSwitchesArticlesFromTheKeyboardAndMarksOnlyTheShownArticlesQuotes(FxRobot robot)
            throws Exception {
        addSecondArticle(robot);
        robot.interact(() -> app.model.edit(new AddQuote("rustem-umerov", second("Ukraine would return next week"),
                QuoteKind.REPORTED)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marks(robot, ArticleView.QUOTE_MARK_CLASS)).isTrue();

        robot.interact(() -> app.window.sideTabs().getSelectionModel().select(1));
        robot.interact(() -> app.window.sideTabs().requestFocus());
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chooser(robot).isFocused()).isTrue();
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(article().source().id()).isEqualTo(OneArticle.SOURCE);
        assertThat(marks(robot, ArticleView.QUOTE_MARK_CLASS)).isFalse();
        assertThat(robot.from(article()).lookup(".article-title").queryLabeled().getText()).isEqualTo("Talks open in Istanbul");

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(article().source().id()).isEqualTo(SECOND);
        assertThat(marks(robot, ArticleView.QUOTE_MARK_CLASS)).isTrue();
        assertThat(robot.from(article()).lookup(".article-title").queryLabeled().getText()).isEqualTo(SECOND_TITLE);
    }

    @Test
    void showingAQuoteOfTheOtherArticleSwitchesToItAndHighlightsItsWords(FxRobot robot) throws Exception {
        addSecondArticle(robot);
        robot.interact(() -> app.model.edit(new AddQuote("rustem-umerov", second("Ukraine would return next week"),
                QuoteKind.REPORTED)));
        showFirstArticle(robot);
        robot.interact(() -> app.window.sideTabs().getSelectionModel().select(0));
        robot.interact(app.model::clearSelection);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Show in article");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> article().highlighted().isPresent());

        assertThat(article().source().id()).isEqualTo(SECOND);
        assertThat(chooser(robot).getValue().id()).isEqualTo(SECOND);
        assertThat(article().highlightedText()).isEqualTo("Ukraine would return next week");
        assertThat(robot.lookup("." + ArticleView.HIGHLIGHT_CLASS).<javafx.scene.shape.Path>query().getElements())
                .isNotEmpty();
    }

    @Test
    void aHighlightComesBackWhenItsArticleIsShownAgain(FxRobot robot) throws Exception {
        addSecondArticle(robot);
        robot.interact(() -> app.model.edit(new AddQuote("rustem-umerov", second("Ukraine would return next week"),
                QuoteKind.REPORTED)));
        robot.interact(() -> app.model.showInArticle(second("Ukraine would return next week")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> article().highlighted().isPresent());

        showFirstArticle(robot);
        assertThat(article().highlighted()).isEmpty();
        assertThat(robot.lookup("." + ArticleView.HIGHLIGHT_CLASS).<javafx.scene.shape.Path>query().getElements())
                .isEmpty();

        robot.interact(() -> article().showArticle(SECOND));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(article().highlightedText()).isEqualTo("Ukraine would return next week");
        assertThat(robot.lookup("." + ArticleView.HIGHLIGHT_CLASS).<javafx.scene.shape.Path>query().getElements())
                .isNotEmpty();
    }

    @Test
    void selectingALinkWhoseEvidenceIsInTheOtherArticleSwitchesToIt(FxRobot robot) throws Exception {
        addSecondArticle(robot);
        robot.interact(() -> app.model.edit(new AddRelation("hakan-fidan", RelationType.MEDIATES, "rustem-umerov",
                second("Talks resumed on Friday in Dolmabahçe"))));
        showFirstArticle(robot);

        robot.interact(() -> app.model.selectLink("hakan-fidan-mediates-rustem-umerov"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> article().highlighted().isPresent());

        assertThat(article().source().id()).isEqualTo(SECOND);
        assertThat(article().highlightedText()).isEqualTo("Talks resumed on Friday in Dolmabahçe");
    }

    @Test
    void aLinksEvidenceIsRepointedAtWordsOfTheOtherArticle(FxRobot robot, @TempDir Path folder) throws Exception {
        robot.interact(() -> app.model.edit(new AddRelation("hakan-fidan", RelationType.MEDIATES, "rustem-umerov",
                OneArticle.span("Hakan Fidan opened the talks"))));
        addSecondArticle(robot);
        robot.interact(() -> app.model.selectLink("hakan-fidan-mediates-rustem-umerov"));
        robot.interact(() -> app.window.sideTabs().getSelectionModel().select(0));
        robot.clickOn("#change-evidence");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(article().source().id()).isEqualTo(OneArticle.SOURCE);

        robot.interact(() -> chooser(robot).setValue(chooser(robot).getItems().get(1)));
        app.dragOver(robot, second("Talks resumed on Friday in Dolmabahçe"));
        robot.clickOn("#pointing-use");
        WaitForAsyncUtils.waitForFxEvents();

        Span evidence = AuthoringFixture.savedAndRead(app.dataset(), folder).relations().get(0).evidence();
        assertThat(evidence).isEqualTo(second("Talks resumed on Friday in Dolmabahçe"));
    }

    @Test
    void undoAndRedoOfAddArticleKeepTheChooserRight(FxRobot robot) throws Exception {
        addSecondArticle(robot);

        robot.interact(app.model::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(article().chooserBar().isVisible()).isFalse();
        assertThat(chooser(robot).getItems()).extracting(Source::id).containsExactly(OneArticle.SOURCE);
        assertThat(article().source().id()).isEqualTo(OneArticle.SOURCE);

        robot.interact(app.model::redo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(article().chooserBar().isVisible()).isTrue();
        assertThat(article().source().id()).isEqualTo(SECOND);
        assertThat(chooser(robot).getValue().id()).isEqualTo(SECOND);
    }

    @Test
    void suggestFromArticleOffersTheArticleShownFirst(FxRobot robot) throws Exception {
        addSecondArticle(robot);
        robot.interact(() -> article().showArticle(SECOND));

        robot.clickOn("File").clickOn("Suggest from article…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        ComboBox<?> offered = robot.from(robot.lookup(".dialog-pane").queryAs(DialogPane.class))
                .lookup(".combo-box").queryAs(ComboBox.class);

        assertThat(offered.getItems()).extracting(Object::toString)
                .containsExactly("Talks open in Istanbul · Wire", "Talks resume in Istanbul · Anadolu");
        assertThat(offered.getValue()).hasToString("Talks resume in Istanbul · Anadolu");
        robot.type(KeyCode.ESCAPE);
    }

    private static boolean marks(FxRobot robot, String styleClass) {
        javafx.scene.shape.Path path = robot.lookup("." + styleClass).query();
        return !path.getElements().isEmpty() && path.getLayoutBounds().getWidth() > 10;
    }
}
