package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.ActorKind;
import app.parley.model.CardPosition;
import app.parley.model.Role;
import app.parley.model.Side;
import app.parley.model.Span;
import app.parley.session.AddActor;
import java.util.List;
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

/** A new role on "Armenian Prime Minister Nikol Pashinyan" is Prime Minister of Armenia, held by Pashinyan. */
@ExtendWith(ApplicationExtension.class)
class RoleOfANationalityTest {

    private static final String TEXT =
            "Today, President Donald J. Trump hosted Armenian Prime Minister Nikol Pashinyan.\n";

    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        app = new AuthoringFixture(stage);
    }

    @BeforeEach
    void pashinyanAndArmenia(FxRobot robot) throws Exception {
        app.openArticle(robot, TEXT);
        app.startWith(robot,
                new AddActor("Nikol Pashinyan", ActorKind.PERSON, Side.OTHER, List.of(), new CardPosition(0, 0)),
                new AddActor("Armenia", ActorKind.STATE, Side.OTHER, List.of(), new CardPosition(400, 0)));
    }

    @Test
    void theWordOfNationalityGivesWhatTheRoleBelongsTo(FxRobot robot) {
        int start = TEXT.indexOf("Armenian");
        Span words = new Span("deal", start, TEXT.indexOf("Pashinyan") + "Pashinyan".length());
        app.dragOver(robot, words);
        robot.type(KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#role-holder").<TextField>query().getText()).isEqualTo("Nikol Pashinyan");
        assertThat(robot.lookup("#role-title").<TextField>query().getText()).isEqualTo("Prime Minister");
        assertThat(robot.lookup("#role-of").<TextField>query().getText()).isEqualTo("Armenia");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dataset().roles()).extracting(Role::holderId, Role::title, Role::ofId)
                .containsExactly(org.assertj.core.api.Assertions.tuple("nikol-pashinyan", "Prime Minister",
                        "armenia"));
    }
}
