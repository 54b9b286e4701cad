package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Delegations tab of a map with no delegations says so once the map is open, instead of "Opening…". */
@ExtendWith(ApplicationExtension.class)
class DelegationsOfANewMapTest {

    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        app = new AuthoringFixture(stage);
    }

    @Test
    void aMapWithoutDelegationsSaysItHasNone(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> app.window.centreTabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.from(app.window.delegationsView()).lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("This map has no delegations: no actor is of kind “delegation”.")
                .doesNotContain("Opening…");
    }
}
