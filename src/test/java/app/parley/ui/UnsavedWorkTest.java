package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.session.Article;
import app.parley.session.DeleteActor;
import app.parley.session.NewMaps;
import app.parley.session.RenameMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class UnsavedWorkTest {

    private WorkbenchFixture app;
    private Stage stage;
    private final AtomicInteger quits = new AtomicInteger();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new WorkbenchFixture(stage);
        app.window.setOnQuit(quits::incrementAndGet);
    }

    @BeforeEach
    void mapIsOpen() throws Exception {
        app.awaitIdle();
    }

    private DialogPane awaitPrompt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("Don't Save").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        return robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible()).queryAs(DialogPane.class);
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.edit(new RenameMap("Istanbul, edited")));
        assertThat(stage.getTitle()).startsWith("• ").endsWith(" — Parley");

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        DialogPane prompt = awaitPrompt(robot);

        assertThat(prompt.getHeaderText()).contains("Istanbul, edited").contains("before closing");
        assertThat(robot.lookup("Save").queryAs(Button.class)).isNotNull();
        assertThat(ClippedTexts.under(prompt)).as("words cut short").isEmpty();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quits).hasValue(0);
        assertThat(stage.isShowing()).isTrue();

        Platform.runLater(app.window::quitAfterAsking);
        awaitPrompt(robot);
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quits).hasValue(1);
    }

    @Test
    void closingWithNothingUnsavedDoesNotAsk(FxRobot robot) {
        assertThat(stage.getTitle()).doesNotStartWith("•");

        robot.interact(app.window::quitAfterAsking);

        assertThat(quits).hasValue(1);
    }

    @Test
    void undoAndRedoAreNamedInTheEditMenuAndWorkFromTheKeyboard(FxRobot robot) {
        robot.interact(() -> app.model.edit(new DeleteActor("fidan")));
        assertThat(app.model.sceneProperty().get().nodes()).hasSize(36);
        robot.clickOn("Edit");
        assertThat(robot.lookup("Undo Delete Hakan Fidan").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);

        robot.interact(() -> app.window.graphView().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model.sceneProperty().get().nodes()).hasSize(37);
        assertThat(stage.getTitle()).doesNotStartWith("•");

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model.sceneProperty().get().nodes()).hasSize(36);
        assertThat(app.model.session().dataset().actors()).noneMatch(a -> a.id().equals("fidan"));
    }

    @Test
    void aDraggedCardIsOneUndoableMoveThatIsSaved(FxRobot robot) {
        var before = app.screenPointOf("fidan");

        robot.drag(before).moveBy(80, 60).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.model.session().dataset().positions()).containsKey("fidan");
        assertThat(app.model.session().undoLabel()).contains("Move Hakan Fidan");
        robot.interact(app.model::undo);
        assertThat(app.model.session().dataset().positions()).isEmpty();
        var back = app.screenPointOf("fidan");
        assertThat(back.getX()).isCloseTo(before.getX(), org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void aNewEmptyMapOpensWithNothingToSave(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.openNew(NewMaps.empty()));
        app.awaitIdle();

        assertThat(app.model.sceneProperty().get().nodes()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Untitled map — Parley");
        robot.interact(() -> app.model.edit(new RenameMap("Talks")));
        assertThat(stage.getTitle()).isEqualTo("• Talks — Parley");
    }

    @Test
    void aMapFromAnArticleHoldsItVerbatim(FxRobot robot) throws Exception {
        String text = "İbrahim Kalın met Rustem Umerov in Dolmabahçe.\r\nNo deal was reached.";
        robot.interact(() -> {
            try {
                app.model.openNew(NewMaps.fromArticle(new Article("Next week", "AFP", null, null, text)));
            } catch (app.parley.session.EditRefused e) {
                throw new AssertionError(e);
            }
        });
        app.awaitIdle();

        assertThat(app.model.session().dataset().sources()).singleElement()
                .satisfies(source -> assertThat(source.text()).isEqualTo(text));
        assertThat(app.model.session().dirty()).isTrue();
        assertThat(app.model.session().file()).isEmpty();
    }
}
