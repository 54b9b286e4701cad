package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Dataset;
import app.parley.model.QuoteKind;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import app.parley.session.AddQuote;
import app.parley.session.AddSource;
import app.parley.session.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
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

/** The Article view's own links: editing the shown article's details, and deleting an article nothing cites. */
@ExtendWith(ApplicationExtension.class)
class ArticleDetailsTest {

    private static final String SECOND = "talks-resume-in-istanbul";
    private static final String SECOND_TEXT = "Talks resumed on Friday in Dolmabahçe.\n"
            + "Rustem Umerov told reporters that Ukraine would return next week.\n";

    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        app = new AuthoringFixture(stage);
    }

    @BeforeEach
    void aMapWithASecondArticleShown(FxRobot robot) throws Exception {
        app.startWith(robot, AuthoringFixture.person("Hakan Fidan", Side.TURKEY, 0),
                AuthoringFixture.person("Rustem Umerov", Side.UKRAINE, 500));
        robot.interact(() -> {
            app.model.edit(new AddSource(new Article("Talks resume in Istanbul", "Anadolu", LocalDate.of(2025, 5, 23),
                    null, SECOND_TEXT)));
            app.window.sideTabs().getSelectionModel().select(1);
            app.window.article().showArticle(SECOND);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Source second() {
        return app.dataset().sources().stream().filter(s -> s.id().equals(SECOND)).findFirst().orElseThrow();
    }

    private String shownTitle(FxRobot robot) {
        return robot.from(app.window.article()).lookup("." + ArticleHeader.TITLE_CLASS).queryAs(Label.class).getText();
    }

    @Test
    void detailsEditedInTheArticleViewAreSavedWithTheTextUnchangedAndUndone(FxRobot robot, @TempDir Path folder)
            throws Exception {
        robot.clickOn("#" + ArticleHeader.EDIT_ID);
        robot.interact(() -> {
            robot.lookup("#article-title-field").queryAs(TextField.class).setText("Talks resume in Dolmabahçe");
            robot.lookup("#article-publisher-field").queryAs(TextField.class).setText("Anadolu Ajansı");
            robot.lookup("#article-date-field").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 5, 24));
        });
        robot.clickOn("#article-title-field").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Dataset saved = AuthoringFixture.savedAndRead(app.dataset(), folder);
        Source source = saved.sources().stream().filter(s -> s.id().equals(SECOND)).findFirst().orElseThrow();
        assertThat(source.title()).isEqualTo("Talks resume in Dolmabahçe");
        assertThat(source.publisher()).isEqualTo("Anadolu Ajansı");
        assertThat(source.date()).isEqualTo(LocalDate.of(2025, 5, 24));
        assertThat(source.text()).isEqualTo(SECOND_TEXT);
        assertThat(shownTitle(robot)).isEqualTo("Talks resume in Dolmabahçe");
        assertThat(robot.lookup("#article-title-field").tryQuery()).isEmpty();

        robot.interact(app.model::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(second().title()).isEqualTo("Talks resume in Istanbul");
        assertThat(shownTitle(robot)).isEqualTo("Talks resume in Istanbul");
    }

    @Test
    void escapeLeavesTheDetailsAsTheyWere(FxRobot robot) {
        robot.clickOn("#" + ArticleHeader.EDIT_ID);
        robot.interact(() -> robot.lookup("#article-title-field").queryAs(TextField.class).setText("Something else"));
        robot.clickOn("#article-title-field").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(second().title()).isEqualTo("Talks resume in Istanbul");
        assertThat(shownTitle(robot)).isEqualTo("Talks resume in Istanbul");
    }

    @Test
    void anArticleNothingCitesIsDeletedAfterAskingAndUndoBringsItBack(FxRobot robot) throws Exception {
        robot.clickOn("#" + ArticleHeader.DELETE_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#delete-confirmation").tryQuery().isPresent());
        DialogPane confirmation = robot.lookup("#delete-confirmation").query();
        assertThat(confirmation.getHeaderText()).isEqualTo("Delete the article “Talks resume in Istanbul”?");
        robot.clickOn(confirmation.lookupButton(DeleteConfirmation.DELETE));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dataset().sources()).extracting(Source::id).containsExactly(OneArticle.SOURCE);
        assertThat(app.window.article().source().id()).isEqualTo(OneArticle.SOURCE);
        assertThat(app.window.article().chooserBar().isVisible()).isFalse();

        robot.interact(app.model::undo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.dataset().sources()).extracting(Source::id).containsExactly(OneArticle.SOURCE, SECOND);
        assertThat(second().text()).isEqualTo(SECOND_TEXT);
    }

    @Test
    void anArticleAQuoteCitesIsKeptAndTheStatusLineSaysWhy(FxRobot robot) {
        int start = SECOND_TEXT.indexOf("Ukraine would return");
        robot.interact(() -> app.model.edit(new AddQuote("rustem-umerov",
                new Span(SECOND, start, start + "Ukraine would return".length()), QuoteKind.REPORTED)));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#" + ArticleHeader.DELETE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#delete-confirmation").tryQuery()).isEmpty();
        assertThat(app.dataset().sources()).extracting(Source::id).containsExactly(OneArticle.SOURCE, SECOND);
        assertThat(app.model.bridge().refusalProperty().get())
                .isEqualTo("“Talks resume in Istanbul” is cited by 1 quote; delete those first.");
    }
}
