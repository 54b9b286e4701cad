package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.io.DatasetWriter;
import app.parley.io.LoadResult;
import app.parley.io.Sha256;
import app.parley.model.ActorKind;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.QuoteKind;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.session.AddActor;
import app.parley.session.AddQuote;
import app.parley.session.AddRelation;
import app.parley.session.Command;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a map that holds one article and nothing else, and helpers to point at its words. */
final class AuthoringFixture {

    final MainViewModel model;
    final MainWindow window;

    AuthoringFixture(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new MainViewModel(new FxTextMeasurer());
        window = new MainWindow(model, stage);
        Scene scene = new Scene(window, 1400, 900);
        scene.getStylesheets().add(ParleyApp.class.getResource("parley.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        model.openNew(OneArticle.dataset());
    }

    void awaitIdle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> model.sceneProperty().get() != null && !model.work().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the window is idle, makes {@code edits} in order and shows the Details pane. */
    void startWith(FxRobot robot, Command... edits) throws TimeoutException {
        startWith(robot, List.of(edits));
    }

    /** Waits until the window is idle, makes {@code edits} in order and shows the Details pane. */
    void startWith(FxRobot robot, List<Command> edits) throws TimeoutException {
        awaitIdle();
        robot.interact(() -> {
            for (Command edit : edits) {
                model.edit(edit);
            }
            window.sideTabs().getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a new map of one article whose text is {@code text} ("Peace deal", White House, 8 August 2025). */
    void openArticle(FxRobot robot, String text) {
        Source source = new Source("deal", "Peace deal", "White House", LocalDate.of(2025, 8, 8), "en", null, text,
                Sha256.hex(text));
        robot.interact(() -> model.openNew(new Dataset("Peace deal", List.of(source), List.of(), List.of(),
                List.of(), List.of())));
    }

    /** Adds a person of {@code side} with the card at {@code (x, 0)}. */
    static AddActor person(String name, Side side, double x) {
        return new AddActor(name, ActorKind.PERSON, side, List.of(), new CardPosition(x, 0));
    }

    /** Hakan Fidan and Rustem Umerov, cards 500 apart, Fidan mediating for Umerov, and Umerov's direct quote. */
    static List<Command> twoNegotiatorsALinkAndAQuote() {
        return List.of(person("Hakan Fidan", Side.TURKEY, 0), person("Rustem Umerov", Side.UKRAINE, 500),
                new AddRelation("hakan-fidan", RelationType.MEDIATES, "rustem-umerov",
                        OneArticle.span("Hakan Fidan opened the talks")),
                new AddQuote("rustem-umerov", OneArticle.span("We are ready for a ceasefire,"), QuoteKind.DIRECT));
    }

    /** The open map's dataset. */
    Dataset dataset() {
        return model.session().dataset();
    }

    /** {@code dataset} saved into {@code folder} and read back, which must succeed. */
    static Dataset savedAndRead(Dataset dataset, Path folder) throws Exception {
        Path file = folder.resolve("talks.json");
        new DatasetWriter().save(dataset, file);
        LoadResult reopened = new DatasetReader().read(file);
        assertThat(reopened.ok()).as("%s", reopened.problems()).isTrue();
        return reopened.dataset();
    }

    /** Drags over {@code words} in the article, as a reader selects them. */
    void dragOver(FxRobot robot, String words) {
        dragOver(robot, OneArticle.span(words));
    }

    /** Drags over the words of {@code span} in the article shown, as a reader selects them. */
    void dragOver(FxRobot robot, Span span) {
        robot.interact(() -> window.sideTabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds first = window.article().screenBoundsOf(new Span(span.sourceId(), span.start(), span.start() + 1))
                .orElseThrow();
        Bounds last = window.article().screenBoundsOf(new Span(span.sourceId(), span.end() - 1, span.end()))
                .orElseThrow();
        robot.drag(new Point2D(first.getMinX() + 1, first.getCenterY()))
                .dropTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a drop-down list and clicks one of its items once the list shows it. */
    void choose(FxRobot robot, String list, String item) throws TimeoutException {
        robot.clickOn(list);
        java.util.function.Predicate<javafx.scene.control.ListCell<?>> cell = c -> item.equals(c.getText())
                && c.isVisible() && c.getScene() != window.getScene();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(cell).tryQuery().isPresent());
        robot.clickOn(robot.lookup(cell).<javafx.scene.Node>query());
    }

    /**
     * Clicks the dialog's OK, which no list of name suggestions may cover: once an actor is chosen in a field, its
     * list stays closed even when a fetch of suggestions for the text typed before ends later.
     */
    void commit(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows()).as("name suggestions open over the dialog")
                .noneMatch(w -> w instanceof impl.org.controlsfx.skin.AutoCompletePopup<?> && w.isShowing());
        robot.clickOn("#authoring-ok");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Right-clicks the selected words. */
    void rightClickSelection(FxRobot robot) {
        Span span = window.article().selectedWordsProperty().get();
        Bounds box = window.article().screenBoundsOf(new Span(span.sourceId(), span.start(), span.start() + 1))
                .orElseThrow();
        robot.rightClickOn(new Point2D(box.getCenterX(), box.getCenterY()));
    }
}
