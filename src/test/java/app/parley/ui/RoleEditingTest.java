package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Dataset;
import app.parley.model.Rank;
import app.parley.model.Role;
import app.parley.model.Side;
import app.parley.session.AddRole;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Adding, editing and deleting roles from the Details pane and the Article view, in the window. */
@ExtendWith(ApplicationExtension.class)
class RoleEditingTest {

    private static final String ROLE = "ibrahim-kalin-adviser";

    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        app = new AuthoringFixture(stage);
    }

    @BeforeEach
    void twoActorsAndARole(FxRobot robot) throws Exception {
        app.startWith(robot, AuthoringFixture.person("Hakan Fidan", Side.TURKEY, 0),
                AuthoringFixture.person("İbrahim Kalın", Side.TURKEY, 400),
                new AddRole("ibrahim-kalin", "Adviser", "hakan-fidan", null,
                        OneArticle.span("İbrahim Kalın at his side")));
    }


    private static MenuItem undoItem(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> m.getText().equals("_Edit")).findFirst().orElseThrow()
                .getItems().get(0);
    }

    @Test
    void aRoleIsEditedFromItsHoldersDetails(FxRobot robot, @TempDir Path folder) throws Exception {
        robot.interact(() -> app.model.selectActor("ibrahim-kalin"));
        robot.clickOn("#edit-role");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#role-title").<TextField>query().isFocused()).isTrue();
        robot.interact(() -> robot.lookup("#role-title").<TextField>query().setText("Chief adviser"));
        app.choose(robot, "#role-rank", "senior official");
        robot.clickOn("#inline-save");
        WaitForAsyncUtils.waitForFxEvents();

        Role edited = new Role(ROLE, "ibrahim-kalin", "Chief adviser", "hakan-fidan", Rank.SENIOR_OFFICIAL,
                OneArticle.span("İbrahim Kalın at his side"));
        assertThat(app.dataset().roles()).containsExactly(edited);
        assertThat(AuthoringFixture.savedAndRead(app.dataset(), folder).roles()).containsExactly(edited);
        assertThat(app.model.session().undoLabel()).contains("Edit role Adviser");
        assertThat(robot.lookup("Chief adviser — Hakan Fidan (senior official)").tryQuery()).isPresent();

        robot.interact(app.model::undo);
        assertThat(app.dataset().roles().get(0).title()).isEqualTo("Adviser");
    }

    @Test
    void aRoleIsAddedFromTheDetailsPaneByPointingAtItsWords(FxRobot robot, @TempDir Path folder) throws Exception {
        robot.interact(() -> app.model.selectActor("hakan-fidan"));
        robot.clickOn("#add-role");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#pointing-prompt").<Labeled>query().getText())
                .isEqualTo("Select the words of the article that state the role of Hakan Fidan, then choose Use "
                        + "these words.");

        app.dragOver(robot, "opened the talks");
        robot.clickOn("#pointing-use");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#role-holder").<TextField>query().getText()).isEqualTo("Hakan Fidan");
        assertThat(robot.lookup("#role-title").<TextField>query().getText()).isEqualTo("opened the talks");
        robot.interact(() -> robot.lookup("#role-title").<TextField>query().setText("Host"));
        app.commit(robot);

        Role added = new Role("hakan-fidan-host", "hakan-fidan", "Host", null, null,
                OneArticle.span("opened the talks"));
        assertThat(app.dataset().roles()).hasSize(2).last().isEqualTo(added);
        assertThat(AuthoringFixture.savedAndRead(app.dataset(), folder).roles()).last().isEqualTo(added);
        assertThat(app.model.session().undoLabel()).contains("Add role Hakan Fidan as Host");
        assertThat(undoItem(robot).getText()).isEqualTo("Undo Add role Hakan Fidan as Host");
        assertThat(app.model.pointing().active()).isFalse();
        assertThat(app.window.sideTabs().getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void aRoleIsMadeFromWordsSelectedInTheArticle(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.edit(new app.parley.session.DeleteRole(ROLE)));
        app.dragOver(robot, "İbrahim Kalın at his side");
        app.rightClickSelection(robot);
        robot.clickOn("Evidence for a new role…");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#role-holder").<TextField>query().getText()).isEqualTo("İbrahim Kalın");
        assertThat(robot.lookup("#role-title").<TextField>query().getText()).isEqualTo("at his side");
        robot.interact(() -> robot.lookup("#role-title").<TextField>query().setText("Aide"));
        robot.clickOn("#role-of").write("Fidan").type(KeyCode.ENTER);
        app.commit(robot);

        assertThat(app.dataset().roles()).containsExactly(new Role("ibrahim-kalin-aide", "ibrahim-kalin", "Aide",
                "hakan-fidan", null, OneArticle.span("İbrahim Kalın at his side")));
        assertThat(app.model.session().undoLabel()).contains("Add role İbrahim Kalın as Aide of Hakan Fidan");
    }

    @Test
    void deletingARoleAsksFirstAndUndoBringsItBack(FxRobot robot) throws Exception {
        Role before = app.dataset().roles().get(0);
        robot.interact(() -> app.model.selectActor("ibrahim-kalin"));
        robot.clickOn("#delete-role");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane confirmation = robot.lookup("#delete-confirmation").query();
        assertThat(confirmation.getHeaderText()).isEqualTo("Delete the role “Adviser” of İbrahim Kalın?");
        robot.clickOn(confirmation.lookupButton(DeleteConfirmation.DELETE));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dataset().roles()).isEmpty();
        assertThat(app.model.session().undoLabel()).contains("Delete role İbrahim Kalın as Adviser of Hakan Fidan");
        assertThat(robot.lookup("Roles: none yet").tryQuery()).isPresent();

        robot.interact(app.model::undo);
        assertThat(app.dataset().roles()).containsExactly(before);
    }

    @Test
    void aNameInOfThatIsNoActorIsRefusedUnderTheFields(FxRobot robot) throws Exception {
        Dataset before = app.dataset();
        robot.interact(() -> app.model.selectActor("ibrahim-kalin"));
        robot.clickOn("#edit-role");
        robot.interact(() -> robot.lookup("#role-of").<TextField>query().setText("Nobody"));
        robot.clickOn("#inline-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-error").queryLabeled().getText())
                .isEqualTo("No actor is called “Nobody”; choose one from the list, or leave Of empty.");
        assertThat(app.dataset()).isEqualTo(before);
    }

    @Test
    void aRoleLinksCardEditsTheRole(FxRobot robot) throws Exception {
        robot.interact(() -> app.model.selectLink(ROLE));
        robot.clickOn("#edit-card");
        robot.interact(() -> robot.lookup("#role-title").<TextField>query().setText("Senior adviser"));
        robot.clickOn("#inline-save");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.dataset().roles().get(0).title()).isEqualTo("Senior adviser");
        assertThat(app.model.selectionProperty().get()).isInstanceOfSatisfying(Selection.OfLink.class,
                s -> assertThat(s.link().id()).isEqualTo(ROLE));
    }
}
