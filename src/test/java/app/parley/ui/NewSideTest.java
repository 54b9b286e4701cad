package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Actor;
import app.parley.model.Side;
import app.parley.render.scene.Theme;
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

/** A side the list lacks: New side… names it, and the map shows it in a colour and a legend line of its own. */
@ExtendWith(ApplicationExtension.class)
class NewSideTest {

    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        app = new AuthoringFixture(stage);
    }

    @BeforeEach
    void articleIsOpen() throws Exception {
        app.awaitIdle();
    }

    private Actor actorNamed(String name) {
        return app.model.session().dataset().actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private void newActorOfNewSide(FxRobot robot, String words, String side) throws Exception {
        app.dragOver(robot, words);
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + SideChoice.NEW_SIDE_ID)
                .tryQuery().isPresent());
        robot.clickOn("#" + SideChoice.NEW_SIDE_ID);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#new-side-name").tryQuery().isPresent());
        robot.clickOn("#new-side-name").write(side).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#authoring-ok");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void newSideNamesASideOfTheMapsOwnWithItsOwnColourAndLegendLine(FxRobot robot) throws Exception {
        newActorOfNewSide(robot, "Hakan Fidan", "Armenia");
        newActorOfNewSide(robot, "Rustem Umerov", "Azerbaijan");

        Side armenia = actorNamed("Hakan Fidan").side();
        Side azerbaijan = actorNamed("Rustem Umerov").side();
        assertThat(armenia.label()).isEqualTo("Armenia");
        assertThat(armenia.id()).isEqualTo("armenia");
        assertThat(azerbaijan.label()).isEqualTo("Azerbaijan");
        assertThat(app.model.session().dataset().ownSides()).containsExactly(armenia, azerbaijan);
        assertThat(Theme.LIGHT.side(armenia)).isNotEqualTo(Theme.LIGHT.side(azerbaijan))
                .isNotIn(Side.KNOWN.stream().map(Theme.LIGHT::side).toList());
        assertThat(app.model.mapProperty().get().prepared().legend().sides()).contains(armenia, azerbaijan);
    }
}
