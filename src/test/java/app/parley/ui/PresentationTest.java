package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PresentationTest {

    private WorkbenchFixture app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new WorkbenchFixture(stage);
    }

    @BeforeEach
    void mapIsOpen() throws Exception {
        app.awaitIdle();
    }

    private PresentationView present(FxRobot robot) throws Exception {
        robot.clickOn(app.window.graphView());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window.presentation().presentingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return app.window.presentation().view();
    }

    private static int step(PresentationView view) {
        return view.stepProperty().get();
    }

    @Test
    void f5PresentsTheStoryFullScreenWithoutTheWorkbenchAndEscapeLeaves(FxRobot robot) throws Exception {
        PresentationView view = present(robot);

        assertThat(stage.isFullScreen()).isTrue();
        assertThat(stage.getScene().getRoot()).isSameAs(view);
        assertThat(view.size()).isEqualTo(14);
        assertThat(step(view)).isZero();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.window.presentation().presentingProperty().get()).isFalse();
        assertThat(stage.isFullScreen()).isFalse();
        assertThat(stage.getScene().getRoot()).isSameAs(app.window);
    }

    @Test
    void clickerKeysStepThroughTheStory(FxRobot robot) throws Exception {
        PresentationView view = present(robot);

        robot.type(KeyCode.RIGHT);
        assertThat(step(view)).isEqualTo(1);
        robot.type(KeyCode.PAGE_DOWN);
        assertThat(step(view)).isEqualTo(2);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.DOWN);
        assertThat(step(view)).isEqualTo(4);
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.PAGE_UP);
        assertThat(step(view)).isEqualTo(2);
        robot.type(KeyCode.END);
        assertThat(step(view)).isEqualTo(13);
        robot.type(KeyCode.RIGHT);
        assertThat(step(view)).isEqualTo(13);
        robot.type(KeyCode.HOME);
        assertThat(step(view)).isZero();
        robot.type(KeyCode.LEFT);
        assertThat(step(view)).isZero();
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT2);
        assertThat(view.typedNumber()).isEqualTo("12");
        robot.type(KeyCode.ENTER);
        assertThat(step(view)).isEqualTo(11);
        robot.type(KeyCode.DIGIT3).type(KeyCode.ENTER);
        assertThat(step(view)).isEqualTo(2);
        robot.type(KeyCode.DIGIT9, KeyCode.DIGIT9).type(KeyCode.ENTER);
        assertThat(step(view)).isEqualTo(2);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void eachStepRevealsAndHighlightsItsActors(FxRobot robot) throws Exception {
        PresentationView view = present(robot);
        ViewState first = view.viewState();

        assertThat(first.hiddenActors()).contains("fidan", "putin", "kallas").doesNotContain("russia", "ukraine");
        assertThat(first.highlightedActors()).containsExactlyInAnyOrder("russia", "ukraine");

        robot.type(KeyCode.RIGHT);
        ViewState host = view.viewState();
        assertThat(host.hiddenActors()).doesNotContain("fidan", "kalin", "russia").contains("putin", "medinsky");
        assertThat(host.highlightedActors()).contains("fidan", "turkish-delegation").doesNotContain("russia");
        assertThat(host.hiddenLinks()).doesNotContain("fidan-mediates-russian-delegation")
                .contains("putin-sent-russian-delegation");

        robot.type(KeyCode.DIGIT5).type(KeyCode.ENTER);
        ViewState absent = view.viewState();
        assertThat(absent.hiddenActors()).doesNotContain("putin", "zelensky", "medinsky").contains("kallas", "trump");
        assertThat(absent.highlightedActors()).contains("putin", "zelensky");
        assertThat(absent.hiddenLinks()).doesNotContain("putin-sent-russian-delegation");

        robot.type(KeyCode.END);
        assertThat(view.viewState().hiddenActors()).isEmpty();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void presentationUsesTheHighContrastThemeAtLargeType() {
        assertThat(StoryModel.presentationTheme(Theme.LIGHT)).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(StoryModel.presentationTheme(Theme.DARK)).isEqualTo(Theme.DARK);
    }
}
