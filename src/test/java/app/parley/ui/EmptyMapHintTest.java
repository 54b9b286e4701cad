package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Side;
import app.parley.session.NewMaps;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A map started from an article, still without actors or quotes, says how to add the first ones. */
@ExtendWith(ApplicationExtension.class)
class EmptyMapHintTest {

    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        app = new AuthoringFixture(stage);
    }

    @Test
    void theHintShowsUntilTheFirstActorIsAdded(FxRobot robot) throws Exception {
        app.awaitIdle();
        Label hint = robot.lookup("." + EmptyMapHint.STYLE_CLASS).queryAs(Label.class);

        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).contains("drag over a name and press A");
        robot.interact(() -> assertThat(ClippedTexts.under(hint)).isEmpty());

        robot.interact(() -> app.model.edit(AuthoringFixture.person("Hakan Fidan", Side.TURKEY, 0)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(hint.isVisible()).isFalse();
    }

    @Test
    void theListOfQuotesSaysHowToAddOneRightUnderTheHintOfTheDetailsPane(FxRobot robot) throws Exception {
        app.startWith(robot);

        Label empty = robot.lookup("No quotes yet: select words in the Article tab and press Q.").queryAs(Label.class);
        Label heading = robot.lookup("." + DetailsPane.QUOTES_HEADING_CLASS).queryAs(Label.class);
        Label hint = robot.lookup((Label l) -> l.getText().startsWith("Click an actor or a link")).queryAs(Label.class);
        robot.interact(() -> {
            assertThat(empty.isVisible()).isTrue();
            double gap = heading.localToScene(heading.getLayoutBounds()).getMinY()
                    - hint.localToScene(hint.getLayoutBounds()).getMaxY();
            assertThat(gap).as("space between the hint and the quotes' heading").isBetween(0.0, 40.0);
        });
    }

    @Test
    void anEmptyMapWithoutAnArticleSaysHowToBringOneIn(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> app.model.openNew(NewMaps.empty()));
        app.awaitIdle();
        Label hint = robot.lookup("." + EmptyMapHint.STYLE_CLASS).queryAs(Label.class);

        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).contains("File › Add article…");
    }
}
