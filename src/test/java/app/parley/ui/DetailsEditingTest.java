package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.ActorKind;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.QuoteKind;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.session.AddActor;
import app.parley.session.AddQuote;
import app.parley.session.AddRelation;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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
        app.awaitIdle();
        robot.interact(() -> {
            app.model.bridge().execute(new AddActor("Hakan Fidan", ActorKind.PERSON, Side.TURKEY, List.of(),
                    new CardPosition(0, 0)));
            app.model.bridge().execute(new AddActor("Rustem Umerov", ActorKind.PERSON, Side.UKRAINE, List.of(),
                    new CardPosition(500, 0)));
            app.model.bridge().execute(new AddRelation("hakan-fidan", RelationType.MEDIATES, "rustem-umerov",
                    OneArticle.span("Hakan Fidan opened the talks")));
            app.model.bridge().execute(new AddQuote("rustem-umerov", OneArticle.span("We are ready for a ceasefire,"),
                    QuoteKind.DIRECT));
            app.window.sideTabs().getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Dataset dataset() {
        return app.model.bridge().session().dataset();
    }

    @Test
    void anActorsCardBecomesAFormThatRenamesItInOneUndoableEdit(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.selectActor("hakan-fidan"));
        robot.clickOn("#edit-card");
        TextField name = robot.lookup("#actor-name").query();
        robot.interact(() -> name.setText("Hakan Fidan (Turkey)"));
        robot.clickOn("#actor-aliases").write("Fidan");
        robot.clickOn("#inline-save");

        assertThat(dataset().actors().get(0).name()).isEqualTo("Hakan Fidan (Turkey)");
        assertThat(dataset().actors().get(0).aliases()).containsExactly("Fidan");
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
        assertThat(dataset().actors().get(0).name()).isEqualTo("Hakan Fidan");
    }

    @Test
    void aLinksTypeIsChangedFromItsCard(FxRobot robot) throws Exception {
        String id = dataset().relations().get(0).id();
        robot.interact(() -> app.model.selectLink(id));
        robot.clickOn("#edit-card");
        app.choose(robot, "#link-type", "met with");
        robot.clickOn("#inline-save");

        assertThat(dataset().relations().get(0).type()).isEqualTo(RelationType.MET_WITH);
        assertThat(dataset().relations().get(0).evidence()).isEqualTo(OneArticle.span("Hakan Fidan opened the talks"));
    }

    @Test
    void aQuoteBecomesReportedSpeechFromItsCard(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.clearSelection());
        robot.clickOn("#edit-quote");
        robot.clickOn("#quote-reported");
        robot.clickOn("#authoring-ok");

        assertThat(dataset().quotes().get(0).kind()).isEqualTo(QuoteKind.REPORTED);
        assertThat(dataset().quotes().get(0).text()).isEqualTo("We are ready for a ceasefire,");
    }
}
