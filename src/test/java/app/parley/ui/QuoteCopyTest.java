package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class QuoteCopyTest {

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
    void copyOnAQuoteCardPutsTheQuoteWithItsSpeakerAndSourceOnTheClipboard(FxRobot robot) throws Exception {
        Hyperlink copy = robot.lookup("#copy-quote").queryAs(Hyperlink.class);
        robot.clickOn(copy);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().hasString()).get());

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo("“unconditional ceasefire” — Ukraine. Source: Russia and Ukraine hold first "
                + "direct talks in three years in Istanbul, Unattributed news report, 2025-05-16.");
        assertThat(app.model.work().messageProperty().get()).isEqualTo("Copied the quote with its source: " + copied);
    }
}
