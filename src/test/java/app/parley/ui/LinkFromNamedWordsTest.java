package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.RelationType;
import app.parley.model.Side;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new link resting on words that name two actors starts from the first and goes to the last, with the type their verb
 * states: Enter adds it.
 */
@ExtendWith(ApplicationExtension.class)
class LinkFromNamedWordsTest {

    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        app = new AuthoringFixture(stage);
    }

    @BeforeEach
    void threeNegotiators(FxRobot robot) throws Exception {
        app.startWith(robot, AuthoringFixture.person("Hakan Fidan", Side.TURKEY, 0),
                AuthoringFixture.person("Rustem Umerov", Side.UKRAINE, 500),
                AuthoringFixture.person("Vladimir Medinsky", Side.RUSSIA, 1000));
    }

    @Test
    void theLinksEndsAndTypeComeFromTheWords(FxRobot robot) throws Exception {
        app.dragOver(robot, "said Rustem Umerov, who met Vladimir Medinsky");
        robot.type(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#link-from").<TextField>query().getText()).isEqualTo("Rustem Umerov");
        assertThat(robot.lookup("#link-to").<TextField>query().getText()).isEqualTo("Vladimir Medinsky");
        assertThat(robot.lookup("#link-type").<ComboBox<RelationType>>query().getValue())
                .isEqualTo(RelationType.MET_WITH);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dataset().relations()).singleElement().satisfies(r -> {
            assertThat(r.fromId()).isEqualTo("rustem-umerov");
            assertThat(r.type()).isEqualTo(RelationType.MET_WITH);
            assertThat(r.toId()).isEqualTo("vladimir-medinsky");
        });
    }

    @Test
    void wordsNamingOneActorOfferItAsTheStartOnly(FxRobot robot) {
        app.dragOver(robot, "Hakan Fidan opened the talks");
        robot.type(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#link-from").<TextField>query().getText()).isEqualTo("Hakan Fidan");
        assertThat(robot.lookup("#link-to").<TextField>query().getText()).isEmpty();
    }
}
