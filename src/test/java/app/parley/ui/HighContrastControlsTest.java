package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.render.scene.Theme;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The high-contrast theme dresses the side panel in black text too, not only the map. */
@ExtendWith(ApplicationExtension.class)
class HighContrastControlsTest {

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = new WorkbenchFixture(stage, 1024, 700);
    }

    @Test
    void mutedTextTurnsBlackInHighContrastAndBackInLight() throws Exception {
        app.awaitIdle();
        assertThat(mutedFill()).isNotEqualTo(Color.BLACK);

        WaitForAsyncUtils.asyncFx(() -> app.model.setTheme(Theme.HIGH_CONTRAST)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window.getStyleClass()).contains(WorkTheme.HIGH_CONTRAST_CLASS);
        assertThat(mutedFill()).isEqualTo(Color.BLACK);

        WaitForAsyncUtils.asyncFx(() -> app.model.setTheme(Theme.LIGHT)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window.getStyleClass()).doesNotContain(WorkTheme.HIGH_CONTRAST_CLASS);
        assertThat(mutedFill()).isNotEqualTo(Color.BLACK);
    }

    /** The text colour of the first muted line of a quote in the Details pane. */
    private Color mutedFill() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            app.window.applyCss();
            Labeled muted = (Labeled) app.window.details().lookup(".quote-muted");
            assertThat(muted).as("a muted quote line").isNotNull();
            return (Color) muted.getTextFill();
        }).get();
    }
}
