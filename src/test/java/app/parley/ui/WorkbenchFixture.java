package app.parley.ui;

import app.parley.render.fx.FxTextMeasurer;
import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window on the Istanbul dataset, as the app does, and helps tests point at the graph. */
final class WorkbenchFixture {

    final MainViewModel model;
    final MainWindow window;

    WorkbenchFixture(Stage stage) {
        this(stage, 1400, 900);
    }

    /** The window with a scene of the given size, as on a laptop or projector of that size. */
    WorkbenchFixture(Stage stage, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new MainViewModel(new FxTextMeasurer());
        window = new MainWindow(model, stage);
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(ParleyApp.class.getResource("parley.css").toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        model.openBundled();
    }

    /** Waits until the map is open and no job is running. */
    void awaitIdle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.sceneProperty().get() != null && !model.work().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The screen point of an actor's card. */
    Point2D screenPointOf(String actorId) {
        Point2D local = window.graphView().pointOf(actorId).orElseThrow(() -> new AssertionError("no card " + actorId));
        return window.graphView().localToScreen(local);
    }

    /** The screen point of a link's label. */
    Point2D screenPointOfLink(String linkId) {
        Point2D local = window.graphView().pointOfLink(linkId).orElseThrow(() -> new AssertionError("no link " + linkId));
        return window.graphView().localToScreen(local);
    }

    void clickActor(FxRobot robot, String actorId) {
        robot.clickOn(screenPointOf(actorId));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
