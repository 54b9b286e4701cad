package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.ActorKind;
import app.parley.model.Side;
import app.parley.session.EditActor;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An actor's card in a 1024 × 700 window shows all its other names, as the assistant gives them, in full. */
@ExtendWith(ApplicationExtension.class)
class ActorCardOnASmallScreenTest {

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = new WorkbenchFixture(stage, 1024, 700);
    }

    @Test
    void everyOtherNameOfTheActorIsShown(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> {
            app.model.edit(new EditActor("trump", "Donald J. Trump", ActorKind.PERSON, Side.UNITED_STATES,
                    List.of("Trump", "President Trump", "President Donald Trump")));
            app.window.sideTabs().getSelectionModel().select(0);
            app.model.selectActor("trump");
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> assertThat(ClippedTexts.under(app.window.sideTabs())).isEmpty());
    }
}
