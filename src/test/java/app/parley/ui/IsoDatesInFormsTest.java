package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Side;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The quote form shows and reads its date as YYYY-MM-DD, like the article's date beside it, in any language. */
@ExtendWith(ApplicationExtension.class)
class IsoDatesInFormsTest {

    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);
    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        app = new AuthoringFixture(stage);
    }

    @BeforeEach
    void aSpeaker(FxRobot robot) throws Exception {
        app.startWith(robot, AuthoringFixture.person("Rustem Umerov", Side.UKRAINE, 0));
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void aQuotesDateIsShownAndTypedAsYearMonthDay(FxRobot robot) {
        app.dragOver(robot, "We are ready for a ceasefire,");
        robot.type(KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        DatePicker date = robot.lookup("#quote-date").query();

        assertThat(date.getEditor().getText()).isEqualTo("2025-05-16");

        robot.clickOn(date.getEditor());
        robot.interact(() -> date.getEditor().selectAll());
        robot.write("2025-05-17");
        robot.clickOn("#quote-speaker").write("Umerov").type(KeyCode.ENTER);
        app.commit(robot);

        assertThat(app.dataset().quotes()).singleElement()
                .satisfies(q -> assertThat(q.saidOn()).isEqualTo(LocalDate.of(2025, 5, 17)));
    }
}
