package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.Clipboard;
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
class PictureCopyTest {

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = new WorkbenchFixture(stage, 1024, 700);
    }

    @BeforeEach
    void mapIsOpen(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    @Test
    void ctrlShiftCCopiesTheMapAsShownAtTwiceItsSizeWithItsSourceUnderIt(FxRobot robot) throws Exception {
        GraphView view = app.window.graphView();
        robot.clickOn(view).press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT,
                KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().hasImage()).get());

        Image image = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getImage()).get();
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(Math.ceil(2 * view.getWidth() - 1e-6));
        assertThat(image.getHeight()).isGreaterThan(2 * view.getHeight());
        PixelReader pixels = image.getPixelReader();
        assertThat(pixels.getArgb(0, 0)).as("white page").isEqualTo(0xFFFFFFFF);
        assertThat(inkIn(pixels, (int) image.getWidth(), (int) image.getHeight() - 40, 40))
                .as("source caption at the foot").isGreaterThan(100);
        assertThat(inkIn(pixels, (int) image.getWidth(), (int) image.getHeight() / 3, (int) image.getHeight() / 3))
                .as("cards and links in the middle").isGreaterThan(10_000);
        assertThat(app.model.work().messageProperty().get()).startsWith("Copied a picture of the map as shown ("
                + (int) image.getWidth() + " × " + (int) image.getHeight() + " px");
    }

    /** The pixels that are not white in rows {@code top} to {@code top + rows}. */
    private static int inkIn(PixelReader pixels, int width, int top, int rows) {
        int ink = 0;
        for (int y = top; y < top + rows; y++) {
            for (int x = 0; x < width; x++) {
                ink += pixels.getArgb(x, y) == 0xFFFFFFFF ? 0 : 1;
            }
        }
        return ink;
    }
}
