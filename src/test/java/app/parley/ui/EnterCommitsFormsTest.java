package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.RelationType;
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

/**
 * A form with a name field is finished from the keyboard: the first Enter takes the best match for the name typed,
 * the next one commits the form, as it does from any other field.
 */
@ExtendWith(ApplicationExtension.class)
class EnterCommitsFormsTest {

    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        app = new AuthoringFixture(stage);
    }

    @BeforeEach
    void twoActorsALinkAndAQuote(FxRobot robot) throws Exception {
        app.startWith(robot, AuthoringFixture.twoNegotiatorsALinkAndAQuote());
    }

    @Test
    void enterPicksTheSpeakerThenEnterAddsTheQuote(FxRobot robot) throws Exception {
        app.dragOver(robot, "who met Vladimir Medinsky");
        robot.type(KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#quote-speaker").write("Umer").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#quote-speaker").<TextField>query().getText()).isEqualTo("Rustem Umerov");
        assertThat(app.dataset().quotes()).hasSize(1);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dataset().quotes()).hasSize(2);
        assertThat(app.dataset().quotes().get(1).speakerId()).isEqualTo("rustem-umerov");
        assertThat(app.dataset().quotes().get(1).span()).isEqualTo(OneArticle.span("who met Vladimir Medinsky"));
        assertThat(robot.lookup("#quote-speaker").tryQuery()).isEmpty();
    }

    @Test
    void enterInALinksNameFieldSavesTheCardsForm(FxRobot robot) throws Exception {
        String id = app.dataset().relations().get(0).id();
        robot.interact(() -> app.model.selectLink(id));
        robot.clickOn("#edit-card");
        app.choose(robot, "#link-type", "met with");
        robot.clickOn("#link-to");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dataset().relations().get(0).type()).isEqualTo(RelationType.MET_WITH);
        assertThat(robot.lookup("#inline-save").tryQuery()).isEmpty();
    }
}
