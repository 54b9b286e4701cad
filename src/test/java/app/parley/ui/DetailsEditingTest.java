package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.QuoteKind;
import app.parley.model.RelationType;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Details pane's cards turn into forms that edit the actor, link or quote in one undoable step. */
@ExtendWith(ApplicationExtension.class)
class DetailsEditingTest {

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
    void anActorsCardBecomesAFormThatRenamesItInOneUndoableEdit(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.selectActor("hakan-fidan"));
        robot.clickOn("#edit-card");
        TextField name = robot.lookup("#actor-name").query();
        robot.interact(() -> name.setText("Hakan Fidan (Turkey)"));
        robot.clickOn("#actor-aliases").write("Fidan");
        robot.clickOn("#inline-save");

        assertThat(app.dataset().actors().get(0).name()).isEqualTo("Hakan Fidan (Turkey)");
        assertThat(app.dataset().actors().get(0).aliases()).containsExactly("Fidan");
        assertThat(app.model.bridge().session().undoLabel()).contains("Edit Hakan Fidan");
        assertThat(robot.lookup("#edit-card").tryQuery()).isPresent();
    }

    @Test
    void anInvalidEditIsRefusedWithTheSessionsMessageInline(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.selectActor("hakan-fidan"));
        robot.clickOn("#edit-card");
        TextField name = robot.lookup("#actor-name").query();
        robot.interact(() -> name.setText("  "));
        robot.clickOn("#inline-save");

        assertThat(robot.lookup("#form-error").queryLabeled().getText()).isEqualTo("A name must not be empty.");
        assertThat(app.dataset().actors().get(0).name()).isEqualTo("Hakan Fidan");
    }

    @Test
    void aLinksTypeIsChangedFromItsCard(FxRobot robot) throws Exception {
        String id = app.dataset().relations().get(0).id();
        robot.interact(() -> app.model.selectLink(id));
        robot.clickOn("#edit-card");
        app.choose(robot, "#link-type", "met with");
        robot.clickOn("#inline-save");

        assertThat(app.dataset().relations().get(0).type()).isEqualTo(RelationType.MET_WITH);
        assertThat(app.dataset().relations().get(0).evidence()).isEqualTo(OneArticle.span("Hakan Fidan opened the talks"));
    }

    @Test
    void aQuoteBecomesReportedSpeechFromItsCard(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.clearSelection());
        robot.clickOn("#edit-quote");
        robot.clickOn("#quote-reported");
        robot.clickOn("#authoring-ok");

        assertThat(app.dataset().quotes().get(0).kind()).isEqualTo(QuoteKind.REPORTED);
        assertThat(app.dataset().quotes().get(0).text()).isEqualTo("We are ready for a ceasefire,");
    }
}
