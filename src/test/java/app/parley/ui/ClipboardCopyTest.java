package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.Hyperlink;
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

/** Copying the map as a picture, and a quote with its source, to paste elsewhere. */
@ExtendWith(ApplicationExtension.class)
class ClipboardCopyTest {

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
        Image image = clipboard(Clipboard::hasImage, Clipboard::getImage);
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

    @Test
    void copyOnAQuoteCardPutsTheQuoteWithItsSpeakerAndSourceOnTheClipboard(FxRobot robot) throws Exception {
        Hyperlink copy = robot.lookup("#copy-quote").queryAs(Hyperlink.class);
        robot.clickOn(copy);
        String copied = clipboard(Clipboard::hasString, Clipboard::getString);
        assertThat(copied).isEqualTo("“unconditional ceasefire” — Ukraine. Source: Russia and Ukraine hold first "
                + "direct talks in three years in Istanbul, Unattributed news report, 2025-05-16.");
        assertThat(app.model.work().messageProperty().get()).isEqualTo("Copied the quote with its source: " + copied);
    }
    /** What the clipboard holds once it holds it, read on the JavaFX thread. */
    private static <T> T clipboard(Predicate<Clipboard> holds, Function<Clipboard, T> read) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> holds.test(Clipboard.getSystemClipboard())).get());
        return WaitForAsyncUtils.asyncFx(() -> read.apply(Clipboard.getSystemClipboard())).get();
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
