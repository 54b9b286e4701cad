package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Span;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Re-pointing a link's evidence and a quote's words by selecting other words in the Article view, in the window. */
@ExtendWith(ApplicationExtension.class)
class EvidenceRepointTest {

    private static final String LINK = "hakan-fidan-mediates-rustem-umerov";

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
    void aLinksEvidenceIsRepointedBySelectingOtherWords(FxRobot robot, @TempDir Path folder) throws Exception {
        robot.interact(() -> app.model.selectLink(LINK));
        robot.clickOn("#change-evidence");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.window.sideTabs().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#pointing-bar").query().isVisible()).isTrue();
        assertThat(robot.lookup("#pointing-use").query().isDisabled()).isTrue();
        assertThat(app.window.article().highlightedText()).isEqualTo("Hakan Fidan opened the talks");
        assertThat(robot.lookup(".article-selection-hint").<Node>queryAll()).noneMatch(Node::isVisible);

        app.dragOver(robot, "who met Vladimir Medinsky");
        robot.clickOn("#pointing-use");
        WaitForAsyncUtils.waitForFxEvents();

        Relation repointed = new Relation(LINK, "hakan-fidan", RelationType.MEDIATES, "rustem-umerov",
                new Span("talks", 127, 152));
        assertThat(app.dataset().relations()).containsExactly(repointed);
        assertThat(app.model.session().undoLabel())
                .contains("Change evidence of link Hakan Fidan mediates with Rustem Umerov");
        assertThat(app.window.sideTabs().getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#pointing-bar").query().isVisible()).isFalse();
        assertThat(robot.lookup("." + LinkCardView.EVIDENCE_CLASS).<Text>query().getText())
                .isEqualTo("who met Vladimir Medinsky");
        assertThat(AuthoringFixture.savedAndRead(app.dataset(), folder).relations()).containsExactly(repointed);

        robot.interact(app.model::undo);
        assertThat(app.dataset().relations().get(0).evidence()).isEqualTo(OneArticle.span("Hakan Fidan opened the talks"));
    }

    @Test
    void aQuotesWordsAreChangedAndEnterUsesThem(FxRobot robot, @TempDir Path folder) throws Exception {
        robot.interact(app.model::clearSelection);
        robot.clickOn("#change-quote-words");
        app.dragOver(robot, "ready for a ceasefire");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Quote quote = app.dataset().quotes().get(0);
        assertThat(quote.span()).isEqualTo(new Span("talks", 83, 104));
        assertThat(quote.text()).isEqualTo("ready for a ceasefire");
        assertThat(AuthoringFixture.savedAndRead(app.dataset(), folder).quotes()).containsExactly(quote);
        assertThat(app.model.session().undoLabel()).contains("Change words of quote by Rustem Umerov");
    }

    @Test
    void escapeEndsTheRequestAndNothingChanges(FxRobot robot) throws Exception {
        Dataset before = app.dataset();
        robot.interact(() -> app.model.selectLink(LINK));
        robot.clickOn("#change-evidence");
        app.dragOver(robot, "who met Vladimir Medinsky");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.model.pointing().active()).isFalse();
        assertThat(robot.lookup("#pointing-bar").query().isVisible()).isFalse();
        assertThat(app.dataset()).isEqualTo(before);
    }

    @Test
    void theInlineFormStartsInItsFirstFieldCancelsWithEscapeAndSavesWithEnter(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.selectActor("hakan-fidan"));
        robot.clickOn("#edit-card");
        WaitForAsyncUtils.waitForFxEvents();
        TextField name = robot.lookup("#actor-name").query();
        assertThat(name.isFocused()).isTrue();

        robot.write(" X").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dataset().actors().get(0).name()).isEqualTo("Hakan Fidan");
        assertThat(app.model.selectionProperty().get()).isInstanceOf(Selection.OfActor.class);
        assertThat(robot.lookup("#edit-card").tryQuery()).isPresent();

        robot.clickOn("#edit-card");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#actor-name").<TextField>query().setText("Hakan Fidan (Turkey)"));
        robot.clickOn("#actor-name").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dataset().actors().get(0).name()).isEqualTo("Hakan Fidan (Turkey)");
        assertThat(robot.lookup("#edit-card").tryQuery()).isPresent();
        assertThat(robot.lookup("#actor-name").tryQuery()).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#edit-card").<Node>query().isFocused()).isTrue();

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#actor-name").<TextField>query().isFocused()).isTrue();
        robot.interact(() -> robot.lookup("#inline-cancel").<Node>query().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#actor-name").tryQuery()).isEmpty();
        assertThat(app.dataset().actors().get(0).name()).isEqualTo("Hakan Fidan (Turkey)");
    }

    @Test
    void savingAFormWithoutChangesGivesTheCardBack(FxRobot robot) {
        robot.interact(() -> app.model.selectLink(LINK));
        robot.clickOn("#edit-card");
        robot.clickOn("#inline-save");
        WaitForAsyncUtils.waitForFxEvents();

        Node card = robot.lookup("#edit-card").query();
        assertThat(card).isNotNull();
        assertThat(app.model.session().undoLabel()).contains("Add quote by Rustem Umerov");
    }
}
