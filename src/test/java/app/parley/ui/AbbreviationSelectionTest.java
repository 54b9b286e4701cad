package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Actor;
import app.parley.model.Span;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Words written with full stops, as news writes "U.S.", are selected and named whole. */
@ExtendWith(ApplicationExtension.class)
class AbbreviationSelectionTest {

    private static final String TEXT = "The two leaders signed agreements with the U.S., said Donald J. Trump.\n";

    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        app = new AuthoringFixture(stage);
    }

    @BeforeEach
    void anArticleWithAnAbbreviation(FxRobot robot) throws Exception {
        app.openArticle(robot, TEXT);
        app.awaitIdle();
    }

    @Test
    void draggingOverTheLettersOfUsSelectsItWithItsFullStops(FxRobot robot) {
        int u = TEXT.indexOf("U.S.");
        app.dragOver(robot, new Span("deal", u, u + 3));

        assertThat(app.window.article().selectedWordsProperty().get()).isEqualTo(new Span("deal", u, u + 4));
    }

    @Test
    void aNewActorFromAnAbbreviationKeepsItsLastFullStop(FxRobot robot) {
        int u = TEXT.indexOf("U.S.");
        app.dragOver(robot, new Span("deal", u, u + 3));
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#actor-name").<TextField>query().getText()).isEqualTo("U.S.");
        robot.clickOn("#authoring-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dataset().actors()).extracting(Actor::name).containsExactly("U.S.");
        assertThat(app.model.work().messageProperty().get()).isEqualTo("Add U.S.");
    }

    @Test
    void aNameEndsWithoutTheSentencesFullStop() {
        assertThat(ArticleAuthoring.nameFrom("Donald J. Trump.")).isEqualTo("Donald J. Trump");
        assertThat(ArticleAuthoring.nameFrom("“the U.S.,")).isEqualTo("the U.S.");
    }
}
