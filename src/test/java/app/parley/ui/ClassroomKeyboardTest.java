package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Side;
import app.parley.render.scene.ViewState;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Clearing every highlight, Esc one step at a time, and the whole window by keyboard, at 1366 × 768. */
@ExtendWith(ApplicationExtension.class)
class ClassroomKeyboardTest {

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = new WorkbenchFixture(stage, 1366, 768);
    }

    @BeforeEach
    void mapIsOpen() throws Exception {
        app.awaitIdle();
    }

    private ViewState state() {
        return app.model.viewStateProperty().get();
    }

    private String selectedActorId() {
        return app.model.selectionProperty().get() instanceof Selection.OfActor of ? of.actor().id() : null;
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void findPath(FxRobot robot, String from, String to) {
        robot.interact(() -> {
            RouteViewModel routes = app.window.explore().routes();
            routes.setFrom(app.model.mapProperty().get().prepared().graph().actor(from).orElseThrow());
            routes.setTo(app.model.mapProperty().get().prepared().graph().actor(to).orElseThrow());
            routes.findPaths();
        });
        settle();
    }

    private void focusMap(FxRobot robot) {
        robot.interact(() -> app.window.graphView().requestFocus());
        settle();
    }

    @Test
    void aFoundPathShowsTheChipAndEscClearsIt(FxRobot robot) {
        findPath(robot, "zelensky", "putin");
        assertThat(state().highlightedActors()).contains("zelensky", "putin");
        assertThat(app.window.clearHighlightChip().isVisible()).isTrue();
        assertThat(app.window.clearHighlightChip().getText()).contains("Volodymyr Zelensky → Vladimir Putin");

        focusMap(robot);
        robot.type(KeyCode.ESCAPE);
        settle();

        assertThat(state().highlightedActors()).isEmpty();
        assertThat(app.window.clearHighlightChip().isVisible()).isFalse();
    }

    @Test
    void theAuthorityChainFromDelegationsIsClearedByItsChip(FxRobot robot) {
        robot.interact(() -> app.window.explore().routes().showChain("fomin"));
        settle();
        assertThat(state().highlightedActors()).contains("fomin", "putin");

        robot.clickOn(app.window.clearHighlightChip());
        settle();

        assertThat(state().highlightedActors()).isEmpty();
        assertThat(state().highlightedLinks()).isEmpty();
    }

    @Test
    void clickingTheMapBackgroundClearsAHighlight(FxRobot robot) {
        robot.interact(() -> app.window.explore().routes().showChain("fomin"));
        settle();

        Point2D corner = app.window.graphView().localToScreen(app.window.graphView().getWidth() - 6,
                app.window.graphView().getHeight() - 6);
        robot.clickOn(corner);
        settle();

        assertThat(state().highlightedActors()).isEmpty();
    }

    @Test
    void selectingAnActorOffThePathClearsItButOneOnThePathKeepsIt(FxRobot robot) {
        findPath(robot, "zelensky", "putin");
        robot.interact(() -> app.model.selectActor("putin"));
        settle();
        assertThat(state().highlightedActors()).contains("putin");

        robot.interact(() -> app.model.selectActor("fidan"));
        settle();
        assertThat(state().highlightedActors()).isEmpty();
    }

    @Test
    void escClearsHighlightThenSelectionThenFocusThenFilters(FxRobot robot) {
        robot.interact(() -> {
            app.window.explore().filters().setSideShown(Side.OTHER, false);
            app.window.explore().focus().focusOn("umerov");
            app.model.selectActor("umerov");
            app.window.explore().routes().showChain("umerov");
        });
        settle();
        focusMap(robot);

        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(app.window.explore().routes().shownProperty().get()).isNull();
        assertThat(selectedActorId()).isEqualTo("umerov");

        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(selectedActorId()).isNull();
        assertThat(app.window.explore().focus().neighbourhoodProperty().get()).isNotNull();

        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(app.window.explore().focus().neighbourhoodProperty().get()).isNull();
        assertThat(app.window.explore().filters().filterProperty().get().showsEverything()).isFalse();

        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(app.window.explore().filters().filterProperty().get().showsEverything()).isTrue();
        assertThat(state().hiddenActors()).isEmpty();
    }

    @Test
    void arrowsMoveTheSelectionToTheNearestActorThatWayAndEnterOpensIt(FxRobot robot) {
        robot.interact(() -> {
            app.model.selectActor("fidan");
            app.window.sideTabs().getSelectionModel().select(2);
        });
        focusMap(robot);
        double fidanX = app.window.graphView().pointOf("fidan").orElseThrow().getX();

        robot.type(KeyCode.RIGHT);
        settle();
        String right = selectedActorId();
        assertThat(right).isNotNull().isNotEqualTo("fidan");
        assertThat(app.window.graphView().pointOf(right).orElseThrow().getX()).isGreaterThan(fidanX);

        robot.type(KeyCode.LEFT);
        settle();
        assertThat(selectedActorId()).isEqualTo("fidan");

        robot.type(KeyCode.ENTER);
        settle();
        assertThat(app.window.sideTabs().getSelectionModel().getSelectedItem().getText()).isEqualTo("Details");
        assertThat(app.window.graphView().isFocused()).isTrue();
    }

    @Test
    void plusMinusAndZeroZoomAndFitTheMap(FxRobot robot) {
        focusMap(robot);
        double fitted = app.window.graphView().zoom();

        robot.write("+");
        settle();
        assertThat(app.window.graphView().zoom()).isGreaterThan(fitted);
        assertThat(app.window.graphView().isFitted()).isFalse();

        robot.write("-").write("-");
        settle();
        assertThat(app.window.graphView().zoom()).isLessThan(fitted);

        robot.write("0");
        settle();
        assertThat(app.window.graphView().zoom()).isEqualTo(fitted);
        assertThat(app.window.graphView().isFitted()).isTrue();
    }

    @Test
    void tabGoesFromTheSearchBoxToTheMapThenToTheSidePanelEachStopVisible(FxRobot robot) {
        robot.interact(() -> app.window.findField().field().requestFocus());
        settle();
        boolean reachedMap = false;
        boolean reachedSide = false;
        for (int i = 0; i < 30 && !reachedSide; i++) {
            robot.type(KeyCode.TAB);
            settle();
            Node owner = app.window.getScene().getFocusOwner();
            assertThat(owner).isNotNull();
            assertThat(owner.isVisible() && owner.getScene() != null && owner.localToScreen(0, 0) != null)
                    .as("focus on a visible control: " + owner).isTrue();
            reachedMap |= owner == app.window.graphView();
            reachedSide = reachedMap && isInside(owner, app.window.sideTabs());
        }
        assertThat(reachedMap).as("Tab reaches the map").isTrue();
        assertThat(reachedSide).as("Tab goes on from the map into the side panel").isTrue();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void enterInThePathsToFieldFindsThePath(FxRobot robot) {
        robot.clickOn("Explore");
        settle();
        ConnectSection connect = app.window.explorePane().connect();
        robot.interact(() -> app.window.explorePane().reveal(connect));
        robot.clickOn(connect.fromField()).write("Zelensky").type(KeyCode.ENTER);
        settle();
        robot.clickOn(connect.toField()).write("Putin").type(KeyCode.ENTER);
        settle();

        assertThat(app.window.explore().routes().paths()).isNotEmpty();
        assertThat(state().highlightedActors()).contains("zelensky", "putin");
    }

    @Test
    void f1OpensTheKeyboardShortcutsSheet(FxRobot robot) throws Exception {
        focusMap(robot);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("." + ShortcutsSheet.STYLE_CLASS)
                .tryQuery().isPresent());

        assertThat(robot.lookup("Esc").tryQuery()).isPresent();
        assertThat(ClippedTexts.under(robot.lookup("." + ShortcutsSheet.STYLE_CLASS).query()))
                .as("keys and actions cut short").isEmpty();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != app.window.getScene().getWindow())
                .toList().forEach(Window::hide));
    }
}
