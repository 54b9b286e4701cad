package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Side;
import app.parley.session.AddActor;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The article's actions on Ctrl+Shift+A, Q, L and R from anywhere in the window, shown where they are offered. */
@ExtendWith(ApplicationExtension.class)
class ArticleShortcutsTest {

    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        app = new AuthoringFixture(stage);
    }

    @BeforeEach
    void articleIsOpen() throws Exception {
        app.awaitIdle();
    }


    private void focusTheMap(FxRobot robot) {
        robot.interact(() -> app.window.graphView().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlShiftAMakesOneActorOfTheSelectedWordsWhileTheMapHasTheFocus(FxRobot robot) throws Exception {
        app.dragOver(robot, "Hakan Fidan");
        focusTheMap(robot);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#authoring-ok").tryQuery().isPresent());
        assertThat(ClippedTexts.under(robot.lookup("#authoring-ok").query().getScene().getRoot()))
                .as("words cut short in the form").isEmpty();
        app.choose(robot, "#actor-side", "Turkey");
        app.commit(robot);

        assertThat(app.dataset().actors()).extracting(Actor::name, Actor::side)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Hakan Fidan", Side.TURKEY));
        assertThat(robot.lookup("#authoring-ok").tryQuery()).isEmpty();
    }

    @Test
    void ctrlShiftQAsksWhoSaidTheSelectedWords(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.bridge().execute(new AddActor("Rustem Umerov", ActorKind.PERSON,
                Side.UKRAINE)));
        app.dragOver(robot, "We are ready for a ceasefire,");
        focusTheMap(robot);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#quote-speaker").tryQuery().isPresent());
        robot.clickOn("#quote-speaker").write("Umerov").type(KeyCode.ENTER);
        app.commit(robot);

        assertThat(app.dataset().quotes()).singleElement().satisfies(q -> {
            assertThat(q.speakerId()).isEqualTo("rustem-umerov");
            assertThat(q.span()).isEqualTo(OneArticle.span("We are ready for a ceasefire,"));
        });
    }

    @Test
    void withoutSelectedWordsTheShortcutsDoNothing(FxRobot robot) {
        focusTheMap(robot);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#authoring-ok").tryQuery()).isEmpty();
    }

    @Test
    void theContextMenuAndTheShortcutsSheetShowTheKeys(FxRobot robot) throws Exception {
        app.dragOver(robot, "Hakan Fidan");
        app.rightClickSelection(robot);
        WaitForAsyncUtils.waitForFxEvents();

        for (String keys : new String[] {ArticleAuthoring.NEW_ACTOR.getDisplayText(),
                ArticleAuthoring.QUOTE_BY.getDisplayText(), ArticleAuthoring.EVIDENCE_FOR_LINK.getDisplayText(),
                ArticleAuthoring.EVIDENCE_FOR_ROLE.getDisplayText()}) {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof Labeled l
                    && keys.equals(l.getText()) && n.isVisible()).tryQuery().isPresent());
        }
        robot.type(KeyCode.ESCAPE);
        assertThat(ShortcutsSheet.SHORTCUTS).anySatisfy(s -> {
            assertThat(s.keys()).isEqualTo("Ctrl+Shift+A / Q / L / R");
            assertThat(s.action()).contains("words selected in the article");
        });
    }
}
