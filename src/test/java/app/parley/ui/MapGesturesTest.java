package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.render.scene.NodeShape;
import app.parley.session.AddActor;
import app.parley.session.Command;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing on the map itself: menus, links drawn between cards, picking, moving and deleting, with undo. */
@ExtendWith(ApplicationExtension.class)
class MapGesturesTest {

    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        app = new AuthoringFixture(stage);
    }

    @BeforeEach
    void threeActorsWithALinkAndAQuote(FxRobot robot) throws Exception {
        List<Command> edits = new ArrayList<>(AuthoringFixture.twoNegotiatorsALinkAndAQuote());
        edits.add(new AddActor("Vladimir Medinsky", ActorKind.PERSON, Side.RUSSIA, List.of(),
                new CardPosition(250, 300)));
        app.startWith(robot, edits);
        robot.interact(() -> {
            app.model.clearSelection();
            app.window.graphView().fitToWindow();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }


    private Point2D card(String actorId) {
        return app.window.graphView().localToScreen(app.window.graphView().pointOf(actorId).orElseThrow());
    }

    private NodeShape node(String actorId) {
        return app.model.sceneProperty().get().nodes().stream().filter(n -> n.actorId().equals(actorId)).findFirst()
                .orElseThrow();
    }

    @Test
    void deleteAsksWithWhatGoesAlongAndUndoBringsItAllBack(FxRobot robot) throws Exception {
        Dataset before = app.dataset();
        robot.clickOn(card("rustem-umerov"));
        robot.type(KeyCode.DELETE);

        DialogPane confirmation = robot.lookup("#delete-confirmation").query();
        assertThat(confirmation.getHeaderText()).isEqualTo("Delete Rustem Umerov?");
        assertThat(confirmation.getContentText()).contains("• 1 link", "• 1 quote");
        robot.clickOn(confirmation.lookupButton(DeleteConfirmation.DELETE));

        assertThat(app.dataset().actors()).extracting(Actor::id).containsExactly("hakan-fidan", "vladimir-medinsky");
        assertThat(app.dataset().relations()).isEmpty();
        assertThat(app.dataset().quotes()).isEmpty();
        assertThat(app.model.sceneProperty().get().nodes()).hasSize(2);

        robot.interact(() -> app.model.bridge().undo());

        assertThat(app.dataset()).isEqualTo(before);
        assertThat(app.model.sceneProperty().get().nodes()).hasSize(3);
    }

    @Test
    void cancellingTheConfirmationDeletesNothing(FxRobot robot) throws Exception {
        robot.clickOn(card("hakan-fidan"));
        robot.type(KeyCode.DELETE);
        DialogPane confirmation = robot.lookup("#delete-confirmation").query();
        robot.clickOn(confirmation.lookupButton(javafx.scene.control.ButtonType.CANCEL));

        assertThat(app.dataset().actors()).hasSize(3);
    }

    @Test
    void shiftClickedCardsMoveTogetherAsOneUndoableMove(FxRobot robot) throws Exception {
        robot.clickOn(card("hakan-fidan"));
        robot.press(KeyCode.SHIFT).clickOn(card("vladimir-medinsky")).release(KeyCode.SHIFT);
        assertThat(app.window.graphView().gestures().picks().ids())
                .containsExactly("hakan-fidan", "vladimir-medinsky");
        double fidanX = node("hakan-fidan").box().centerX();
        double medinskyX = node("vladimir-medinsky").box().centerX();
        double umerovX = node("rustem-umerov").box().centerX();
        int depth = app.model.bridge().session().undoDepth();

        robot.drag(card("hakan-fidan")).dropTo(card("hakan-fidan").add(80, 40));

        double moved = node("hakan-fidan").box().centerX() - fidanX;
        assertThat(moved).isGreaterThan(20);
        assertThat(node("vladimir-medinsky").box().centerX() - medinskyX).isCloseTo(moved,
                org.assertj.core.data.Offset.offset(0.001));
        assertThat(node("rustem-umerov").box().centerX()).isEqualTo(umerovX);
        assertThat(app.model.bridge().session().undoDepth()).isEqualTo(depth + 1);
        assertThat(app.model.bridge().session().undoLabel()).contains("Move 2 cards");
        assertThat(app.dataset().positions().get("vladimir-medinsky").x()).isCloseTo(250 + moved,
                org.assertj.core.data.Offset.offset(0.001));

        robot.interact(() -> app.model.bridge().undo());

        assertThat(node("hakan-fidan").box().centerX()).isEqualTo(fidanX);
        assertThat(node("vladimir-medinsky").box().centerX()).isEqualTo(medinskyX);
    }

    @Test
    void aShiftDraggedBandPicksTheCardsItTouchesAndDeleteTakesThemAll(FxRobot robot) throws Exception {
        Point2D fidan = card("hakan-fidan");
        Point2D medinsky = card("vladimir-medinsky");
        Point2D from = new Point2D(fidan.getX() - 120, fidan.getY() - 60);
        Point2D to = new Point2D(medinsky.getX() + 20, medinsky.getY() + 60);

        robot.press(KeyCode.SHIFT).drag(from).dropTo(to).release(KeyCode.SHIFT);

        assertThat(app.window.graphView().gestures().picks().ids())
                .containsExactlyInAnyOrder("hakan-fidan", "vladimir-medinsky");

        robot.clickOn(app.window.graphView(), javafx.scene.input.MouseButton.MIDDLE);
        robot.type(KeyCode.DELETE);
        DialogPane confirmation = robot.lookup("#delete-confirmation").query();
        assertThat(confirmation.getHeaderText()).isEqualTo("Delete 2 actors?");
        robot.clickOn(confirmation.lookupButton(DeleteConfirmation.DELETE));

        assertThat(app.dataset().actors()).extracting(Actor::id).containsExactly("rustem-umerov");
        assertThat(app.model.bridge().session().undoLabel()).contains("Delete 2 actors");
    }

    @Test
    void newActorHerePutsTheCardWhereTheMenuWasOpened(FxRobot robot) throws Exception {
        Point2D umerov = card("rustem-umerov");
        Point2D between = new Point2D(umerov.getX(), card("vladimir-medinsky").getY());

        robot.rightClickOn(between);
        robot.clickOn("New actor here…");
        robot.clickOn("#actor-name").write("İbrahim Kalın");
        app.choose(robot, "#actor-side", "Turkey");
        robot.clickOn("#authoring-ok");

        assertThat(app.dataset().actors()).extracting(Actor::name).contains("İbrahim Kalın");
        Point2D placed = card("ibrahim-kalin");
        // Far out, a card grows to hold its name label, which moves the centre of its box by a few pixels.
        assertThat(placed.distance(between)).isLessThan(4);
    }

    @Test
    void draggingFromACardsEdgeToAnotherDrawsALinkOnTheSelectedWords(FxRobot robot) throws Exception {
        robot.interact(() -> app.window.article().selectWords(OneArticle.span("who met Vladimir Medinsky")));
        NodeShape umerov = node("rustem-umerov");
        Point2D centre = card("rustem-umerov");
        double halfWidth = umerov.box().width() / 2 * app.window.graphView().zoom();
        Point2D edge = new Point2D(centre.getX() - halfWidth + 2, centre.getY());

        robot.drag(edge).dropTo(card("vladimir-medinsky"));
        app.choose(robot, "#link-type", "met with");
        robot.clickOn("#authoring-ok");

        assertThat(app.dataset().relations()).extracting(Relation::fromId, Relation::type, Relation::toId)
                .contains(org.assertj.core.groups.Tuple.tuple("rustem-umerov", RelationType.MET_WITH,
                        "vladimir-medinsky"));
        assertThat(app.model.sceneProperty().get().edges()).hasSize(2);
    }
}
