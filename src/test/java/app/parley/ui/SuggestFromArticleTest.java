package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Dataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › New from article… with suggestions, reviewed in the window: accept all is one edit that undo takes back. */
@ExtendWith(ApplicationExtension.class)
class SuggestFromArticleTest {

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = new WorkbenchFixture(stage, 1366, 768);
    }

    @BeforeEach
    void mapIsOpen() throws Exception {
        app.awaitIdle();
    }

    private Tab suggestionsTab() {
        return app.window.centreTabs().getTabs().stream().filter(t -> t.getText().equals("Suggestions")).findFirst()
                .orElse(null);
    }

    @Test
    void newFromArticleWithSuggestionsThenAcceptAllFillsTheMapAndUndoEmptiesIt(FxRobot robot) throws Exception {
        String text = Files.readString(Path.of("assets/istanbul-talks-2025.txt"), StandardCharsets.UTF_8);
        robot.clickOn("File").clickOn("New from article…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        CheckBox suggest = robot.from(dialog).lookup(".check-box").queryAs(CheckBox.class);
        assertThat(suggest.getText()).isEqualTo("Suggest actors, quotes and links");
        assertThat(suggest.isSelected()).isTrue();
        robot.interact(() -> {
            robot.from(dialog).lookup(".text-area").queryAs(TextArea.class).setText(text);
            robot.from(dialog).lookup(".text-field").queryAs(TextField.class).setText("Istanbul talks, suggested");
        });
        robot.clickOn("Create map");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> suggestionsTab() != null
                && app.window.centreTabs().getSelectionModel().getSelectedItem() == suggestionsTab()
                && !app.model.work().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Dataset fresh = app.model.session().dataset();
        assertThat(fresh.title()).isEqualTo("Istanbul talks, suggested");
        assertThat(fresh.actors()).isEmpty();
        assertThat(robot.lookup(".suggestion-review .list-cell").queryAll()).isNotEmpty();

        robot.clickOn("Accept all");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.model.work().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        Dataset filled = app.model.session().dataset();
        assertThat(filled.actors()).hasSizeGreaterThan(10);
        assertThat(filled.quotes()).hasSizeGreaterThan(10);
        assertThat(app.model.session().undoDepth()).isEqualTo(1);
        assertThat(app.model.session().undoLabel().orElseThrow()).matches("Accept \\d+ suggestions");
        assertThat(app.model.mapProperty().get().dataset()).isEqualTo(filled);

        robot.interact(app.model::undo);

        assertThat(app.model.session().dataset()).isEqualTo(fresh);
        assertThat(app.model.mapProperty().get().dataset().actors()).isEmpty();
        assertThat(app.window.suggestions().review().orElseThrow().model().pending()).isGreaterThan(20);
    }

    @Test
    void suggestFromArticleOnTheOpenMapRecognisesItsActors(FxRobot robot) throws Exception {
        int actors = app.model.session().dataset().actors().size();
        robot.clickOn("File").clickOn("Suggest from article…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> suggestionsTab() != null
                && !app.model.work().busyProperty().get());

        robot.clickOn("Accept all");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.model.session().dataset().actors().size()).isLessThan(actors + 10);
        robot.interact(app.model::undo);
        assertThat(app.model.session().dataset().actors()).hasSize(actors);
    }

    @Test
    void closingTheReviewShowsTheMapWithWhatWasAccepted(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Suggest from article…");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> suggestionsTab() != null
                && app.window.centreTabs().getSelectionModel().getSelectedItem() == suggestionsTab()
                && !app.model.work().busyProperty().get());

        robot.clickOn("#suggestions-close");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(suggestionsTab()).isNull();
        assertThat(app.window.centreTabs().getSelectionModel().getSelectedItem().getText()).isEqualTo("Map");
    }
}
