package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard sheet names the keys of making a map too (undo, delete, new, Enter in a form) and fits 1024 × 700. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsSheetOnASmallScreenTest {

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = new WorkbenchFixture(stage, 1024, 700);
    }

    @Test
    void theSheetListsUndoDeleteAndNewInFullWithinTheWindow(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> ShortcutsSheet.show(app.window.getScene().getWindow()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("." + ShortcutsSheet.STYLE_CLASS)
                .tryQuery().isPresent());
        Node sheet = robot.lookup("." + ShortcutsSheet.STYLE_CLASS).query();

        assertThat(ShortcutsSheet.SHORTCUTS).extracting(ShortcutsSheet.Shortcut::keys)
                .contains("Ctrl+Z / Ctrl+Shift+Z", "Delete", "Ctrl+N / Ctrl+O");
        robot.interact(() -> {
            assertThat(ClippedTexts.under(sheet)).as("keys and actions cut short").isEmpty();
            Bounds shown = sheet.getScene().getRoot().localToScreen(sheet.getScene().getRoot().getLayoutBounds());
            assertThat(shown.getHeight()).as("the sheet's height").isLessThanOrEqualTo(700);
        });
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != app.window.getScene().getWindow())
                .toList().forEach(Window::hide));
    }
}
