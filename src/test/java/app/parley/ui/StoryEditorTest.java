package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.io.LoadResult;
import app.parley.model.StoryStep;
import app.parley.render.scene.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ListView;
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

@ExtendWith(ApplicationExtension.class)
class StoryEditorTest {

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = new WorkbenchFixture(stage);
    }

    @BeforeEach
    void mapIsOpen() throws Exception {
        app.awaitIdle();
    }

    private List<StoryStep> steps() {
        return app.window.storyPane().stepList().getItems();
    }

    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.model.work().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void storyTabListsTheBundledStory(FxRobot robot) {
        robot.clickOn("Story");

        assertThat(steps()).hasSize(14);
        assertThat(robot.lookup("Story (14 steps)").tryQuery()).isPresent();
    }

    @Test
    void addingTheCurrentViewCapturesSelectionAndWhatIsInView(FxRobot robot) {
        app.clickActor(robot, "peskov");
        robot.clickOn("Story");
        robot.clickOn("Add current view");

        assertThat(steps()).hasSize(15);
        StoryStep added = steps().get(14);
        assertThat(added.id()).isEqualTo("step-15");
        assertThat(added.highlightActorIds()).containsExactly("peskov");
        assertThat(added.frameActorIds()).contains("peskov", "putin", "fidan").hasSize(37);
        assertThat(added.revealActorIds()).isEmpty();
    }

    @Test
    void stepsMoveDeleteAndTakeNewCaptionsInPlace(FxRobot robot) {
        robot.clickOn("Story");
        ListView<StoryStep> list = app.window.storyPane().stepList();
        String second = steps().get(1).id();
        robot.interact(() -> list.getSelectionModel().select(1));

        robot.clickOn("Move up");
        assertThat(steps().get(0).id()).isEqualTo(second);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        robot.clickOn("Move down");
        assertThat(steps().get(1).id()).isEqualTo(second);

        robot.interact(() -> list.edit(1));
        TextField field = robot.lookup((TextField t) -> t.getText().startsWith("Turkey hosts")).query();
        robot.interact(() -> field.setText("Turkey opens the talks."));
        robot.clickOn(field).type(KeyCode.ENTER);
        assertThat(steps().get(1).caption()).isEqualTo("Turkey opens the talks.");

        robot.clickOn("Delete");
        assertThat(steps()).hasSize(13).extracting(StoryStep::id).doesNotContain(second);
    }

    @Test
    void savedDatasetKeepsTheEditedStory(@TempDir Path dir, FxRobot robot) throws Exception {
        StoryModel story = new StoryModel(app.model);
        Path file = dir.resolve("talks.json");
        robot.interact(() -> {
            story.delete(13);
            story.setCaption(1, "The host.");
            story.save(file);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> file.equals(app.model.session().file().orElse(null)));
        WaitForAsyncUtils.waitForFxEvents();

        LoadResult saved = new DatasetReader().read(file);
        assertThat(saved.problems()).isEmpty();
        assertThat(saved.dataset().story().size()).isEqualTo(13);
        assertThat(saved.dataset().story().step(1).caption()).isEqualTo("The host.");
        assertThat(saved.dataset().story().steps()).extracting(StoryStep::id).doesNotContain("reactions-abroad");
        assertThat(app.model.mapProperty().get().file()).isEqualTo(file);
        robot.interact(story::dispose);
    }

    @Test
    void darkThemeRedrawsInPlaceAndDressesTheControlsDark(FxRobot robot) throws Exception {
        var before = app.model.positions();
        var sceneBefore = app.model.sceneProperty().get();

        robot.interact(() -> app.model.setTheme(Theme.DARK));
        awaitIdle();

        assertThat(app.model.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(app.model.positions().samePositions(before)).isTrue();
        assertThat(app.model.sceneProperty().get()).isNotSameAs(sceneBefore);
        assertThat(app.model.mapProperty().get().prepared().theme()).isEqualTo(Theme.DARK);
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("primer-dark");
        robot.interact(() -> app.model.setTheme(Theme.LIGHT));
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("primer-light");
    }
}
