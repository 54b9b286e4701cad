package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.layout.CircleLayout;
import app.parley.layout.LayoutModel;
import app.parley.layout.Layouts;
import app.parley.model.Quote;
import app.parley.render.scene.Bounds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WorkbenchTest {

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = new WorkbenchFixture(stage);
    }

    @BeforeEach
    void mapIsOpen() throws Exception {
        app.awaitIdle();
    }

    private Selection selection() {
        return app.model.selectionProperty().get();
    }

    private String selectedActorId() {
        return selection() instanceof Selection.OfActor of ? of.actor().id() : null;
    }

    @Test
    void opensTheIstanbulTalksInTheNegotiationTableLayout() {
        assertThat(app.model.mapProperty().get().dataset().actors()).hasSize(37);
        assertThat(app.model.layoutProperty().get()).isEqualTo(Layouts.TABLE);
        assertThat(app.model.quotes()).hasSize(25);
    }

    @Test
    void clickingAnActorShowsItsCardAndOnlyItsQuotes(FxRobot robot) {
        app.clickActor(robot, "peskov");

        assertThat(selectedActorId()).isEqualTo("peskov");
        assertThat(app.model.quotes()).extracting(Quote::speakerId).containsOnly("peskov").hasSize(2);
        Label heading = robot.lookup("." + DetailsPane.QUOTES_HEADING_CLASS).queryAs(Label.class);
        assertThat(heading.getText()).isEqualTo("Quotes of Dmitry Peskov (2)");
        assertThat(robot.lookup("." + ActorCardView.NAME_CLASS).queryAs(Label.class).getText())
                .isEqualTo("Dmitry Peskov");
    }

    @Test
    void clickingAQuoteSelectsItsSpeakerOnTheGraph(FxRobot robot) {
        ListView<Quote> quotes = app.window.details().quoteList();
        Quote killing = app.model.quotes().stream().filter(q -> q.id().equals("rubio-killing-must-stop")).findFirst()
                .orElseThrow();
        robot.interact(() -> quotes.scrollTo(killing));
        Node card = robot.from(quotes).lookup((Label l) -> "“the killing must stop”".equals(l.getText())).query();

        robot.clickOn(card);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selectedActorId()).isEqualTo("rubio");
        assertThat(app.model.viewStateProperty().get().selectedActor()).isEqualTo("rubio");
    }

    @Test
    void showInArticleHighlightsTheExactWordsAndScrollsToThem(FxRobot robot) {
        app.clickActor(robot, "kallas");
        Hyperlink show = robot.from(app.window.details().quoteList()).lookup((Hyperlink h) ->
                "Show in article".equals(h.getText())).query();

        robot.clickOn(show);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.window.sideTabs().getSelectionModel().getSelectedItem().getText()).isEqualTo("Article");
        assertThat(app.window.article().highlightedText()).isEqualTo("clearly");
        assertThat(app.window.article().getVvalue()).isGreaterThan(0.5);
    }

    @Test
    void clickingALinkShowsTheSentenceItRestsOn(FxRobot robot) {
        robot.clickOn(app.screenPointOfLink("putin-sent-russian-delegation"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selection()).isInstanceOf(Selection.OfLink.class);
        assertThat(((Selection.OfLink) selection()).link().id()).isEqualTo("putin-sent-russian-delegation");
        Text words = robot.lookup("." + LinkCardView.EVIDENCE_CLASS).queryAs(Text.class);
        assertThat(words.getText()).startsWith("Russian President Vladimir Putin, who proposed the talks");
    }

    @Test
    void switchingToTheCircleLayoutPutsEveryActorOnOneEllipse(FxRobot robot) throws Exception {
        ToggleButton circle = robot.lookup((ToggleButton b) -> Layouts.CIRCLE.label().equals(b.getText())).query();

        robot.clickOn(circle);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.model.layoutProperty().get() == Layouts.CIRCLE
                && !app.model.work().busyProperty().get());
        Thread.sleep(700);
        WaitForAsyncUtils.waitForFxEvents();

        LayoutModel positions = app.model.positions();
        double radius = Math.hypot(positions.x(0) / CircleLayout.ASPECT, positions.y(0));
        for (int v = 0; v < positions.size(); v++) {
            assertThat(Math.hypot(positions.x(v) / CircleLayout.ASPECT, positions.y(v))).isCloseTo(radius,
                    org.assertj.core.data.Offset.offset(radius * 0.02));
        }
        assertThat(circle.isSelected()).isTrue();
        Bounds shown = app.window.graphView().visibleWorld();
        assertThat(shown.contains(app.model.sceneProperty().get().bounds())).as("the view frames the new layout")
                .isTrue();
    }

    @Test
    void hoveringAnActorFadesEverythingButItsNeighbourhood(FxRobot robot) {
        robot.moveTo(app.screenPointOf("umerov"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.model.viewStateProperty().get().hoveredActor()).isEqualTo("umerov");
    }

    @Test
    void draggingAnActorMovesAndPinsIt(FxRobot robot) {
        var before = app.screenPointOf("fidan");

        robot.drag(before).moveBy(80, 60).drop();
        WaitForAsyncUtils.waitForFxEvents();

        var after = app.screenPointOf("fidan");
        assertThat(after.getX() - before.getX()).isCloseTo(80, org.assertj.core.data.Offset.offset(2.0));
        assertThat(after.getY() - before.getY()).isCloseTo(60, org.assertj.core.data.Offset.offset(2.0));
        LayoutModel positions = app.model.positions();
        assertThat(positions.pinned(app.model.mapProperty().get().prepared().graph().indexOf("fidan"))).isTrue();
    }

    @Test
    void clickingANameInTheArticleSelectsThatActor(FxRobot robot) {
        robot.clickOn("Article");
        Text kalin = robot.from(app.window.article()).lookup((Text t) -> "İbrahim Kalın".equals(t.getText())).query();

        robot.clickOn(kalin);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(selectedActorId()).isEqualTo("kalin");
        assertThat(kalin.getStyleClass()).contains(ArticleView.ACTOR_SELECTED_CLASS);
    }

    @Test
    void brokenFileShowsItsProblemsAndKeepsTheOpenMap(@TempDir Path dir, FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"parley/1\", \"actors\": [{\"id\": 1}]}", StandardCharsets.UTF_8);
        var before = app.model.mapProperty().get();

        robot.interact(() -> app.model.open(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.model.failureProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.model.mapProperty().get()).isSameAs(before);
        assertThat(app.model.failureProperty().get().problems()).isNotEmpty();
        assertThat(robot.listWindows()).extracting(w -> w instanceof Stage s ? s.getTitle() : "")
                .contains("Could not open broken.json");
        robot.listWindows().stream().filter(w -> w instanceof Stage s && s.getTitle().startsWith("Could not"))
                .forEach(w -> robot.interact(((Window) w)::hide));
    }
}
