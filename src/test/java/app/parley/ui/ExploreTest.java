package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.parley.graph.Centrality;
import app.parley.graph.Link;
import app.parley.model.Actor;
import app.parley.model.Quote;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExploreTest {

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = new WorkbenchFixture(stage);
    }

    @BeforeEach
    void mapIsOpen() throws Exception {
        app.awaitIdle();
    }

    private String selectedActorId() {
        return app.model.selectionProperty().get() instanceof Selection.OfActor of ? of.actor().id() : null;
    }

    private void openExplore(FxRobot robot) {
        robot.clickOn("Explore");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void findKalinAndEnterSelectsAndCentresIbrahimKalin(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        settle();
        assertThat(app.window.findField().field().isFocused()).isTrue();

        robot.write("Kalin").type(KeyCode.ENTER);
        settle();

        assertThat(selectedActorId()).isEqualTo("kalin");
        GraphView view = app.window.graphView();
        Point2D card = view.pointOf("kalin").orElseThrow();
        assertThat(card.getX()).isCloseTo(view.getWidth() / 2, within(1.0));
        assertThat(card.getY()).isBetween(view.getHeight() * 0.3, view.getHeight() * 0.5);
        assertThat(view.zoom()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void findSaysSoWhenNoActorHasTheName(FxRobot robot) {
        robot.clickOn(app.window.findField().field()).write("Zelenskyy Putinov").type(KeyCode.ENTER);
        settle();

        Label message = robot.lookup("." + FindField.MESSAGE_CLASS).queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).startsWith("No actor called “Zelenskyy Putinov”");
        assertThat(selectedActorId()).isNull();
    }

    @Test
    void uncheckingARelationTypeHidesItsLinksAndResetShowsThemAgain(FxRobot robot) {
        openExplore(robot);
        CheckBox criticised = app.window.explorePane().filters().categoryBox("criticised");
        assertThat(criticised.getText()).isEqualTo("criticised (8)");

        robot.clickOn(criticised);
        settle();

        List<String> criticisedIds = app.model.mapProperty().get().prepared().graph().links().stream()
                .filter(l -> l.category().equals("criticised")).map(Link::id).toList();
        assertThat(criticisedIds).hasSize(8);
        assertThat(app.model.viewStateProperty().get().hiddenLinks()).containsExactlyInAnyOrderElementsOf(criticisedIds);
        assertThat(app.model.viewStateProperty().get().hiddenActors()).isEmpty();
        assertThat(criticised.isSelected()).isFalse();

        robot.clickOn(robot.lookup((Button b) -> "Reset".equals(b.getText())).queryButton());
        settle();

        assertThat(app.model.viewStateProperty().get().hiddenLinks()).isEmpty();
        assertThat(criticised.isSelected()).isTrue();
    }

    @Test
    void hidingASideHidesItsActorsWithoutMovingAnyCard(FxRobot robot) {
        openExplore(robot);
        Point2D fidanBefore = app.screenPointOf("fidan");
        CheckBox russia = robot.lookup((CheckBox b) -> b.getText().startsWith("Russia (")).query();

        robot.clickOn(russia);
        settle();

        assertThat(app.model.viewStateProperty().get().hiddenActors()).contains("putin", "medinsky",
                "russian-delegation").doesNotContain("fidan", "zelensky");
        assertThat(app.screenPointOf("fidan")).isEqualTo(fidanBefore);
    }

    @Test
    void focusOnUmerovFadesThenHidesEveryoneMoreThanOneLinkAway(FxRobot robot) {
        app.clickActor(robot, "umerov");
        Point2D putin = app.screenPointOf("putin");
        openExplore(robot);
        robot.interact(() -> app.window.explorePane().reveal(app.window.explorePane().focus()));

        robot.clickOn(app.window.explorePane().focus().focusButton());
        settle();

        assertThat(app.model.viewStateProperty().get().highlightedActors())
                .containsExactlyInAnyOrder("umerov", "ukrainian-delegation", "ukraine");
        assertThat(app.model.viewStateProperty().get().hiddenActors()).isEmpty();

        robot.clickOn(robot.lookup((RadioButton b) -> "Hide the others".equals(b.getText())).queryAs(RadioButton.class));
        settle();

        assertThat(app.model.viewStateProperty().get().hiddenActors()).contains("putin", "fidan")
                .doesNotContain("umerov", "ukrainian-delegation", "ukraine");
        robot.clickOn(putin);
        settle();
        assertThat(selectedActorId()).isNotEqualTo("putin");

        robot.clickOn(robot.lookup((ToggleButton b) -> "2 links".equals(b.getText())).queryAs(ToggleButton.class));
        settle();
        assertThat(app.model.viewStateProperty().get().hiddenActors()).doesNotContain("russia", "zelensky");

        robot.interact(() -> app.window.explorePane().reveal(app.window.explorePane().filters()));
        robot.clickOn(robot.lookup((Button b) -> "Reset".equals(b.getText())).queryButton());
        settle();
        assertThat(app.window.explore().focus().neighbourhoodProperty().get()).as("Reset ends the focus").isNull();
        assertThat(app.model.viewStateProperty().get().hiddenActors()).isEmpty();
    }

    @Test
    void findingAnActorTheFiltersHideSaysSo(FxRobot robot) {
        openExplore(robot);
        robot.clickOn(robot.lookup((CheckBox b) -> b.getText().startsWith("Russia (")).queryAs(CheckBox.class));
        settle();

        robot.clickOn(app.window.findField().field()).write("Putin").type(KeyCode.ENTER);
        settle();

        assertThat(selectedActorId()).isEqualTo("putin");
        assertThat(app.window.explore().find().messageProperty().get())
                .isEqualTo("Vladimir Putin is hidden by the filters or the focus; Reset in the Explore tab shows "
                        + "everyone again.");
    }

    @Test
    void pathFromZelenskyToPutinIsHighlightedWithTheSentenceItRestsOn(FxRobot robot) {
        openExplore(robot);
        ConnectSection connect = app.window.explorePane().connect();
        robot.interact(() -> app.window.explorePane().reveal(connect));

        robot.clickOn(connect.fromField()).write("Zelensky").type(KeyCode.ENTER);
        robot.clickOn(connect.toField()).write("Putin").type(KeyCode.ENTER);
        settle();
        robot.clickOn(robot.lookup((Button b) -> "Find path".equals(b.getText())).queryButton());
        settle();
        robot.interact(() -> app.window.explorePane().reveal(connect));

        assertThat(app.window.explore().routes().paths()).isNotEmpty();
        assertThat(app.model.viewStateProperty().get().highlightedLinks()).containsExactly("zelensky-criticised-putin");
        assertThat(app.model.viewStateProperty().get().highlightedActors())
                .containsExactlyInAnyOrder("zelensky", "putin");
        Text evidence = robot.from(connect).lookup("." + LinkCardView.EVIDENCE_CLASS).queryAs(Text.class);
        assertThat(evidence.getText()).startsWith("Russian President Vladimir Putin, who proposed the talks");

        RadioButton second = robot.from(connect).lookup((RadioButton b) -> b.getText().startsWith("Path 2"))
                .queryAs(RadioButton.class);
        robot.clickOn(second);
        settle();
        assertThat(app.model.viewStateProperty().get().highlightedActors()).hasSize(3).contains("zelensky", "putin");
    }

    @Test
    void clickingACentralityRowSelectsThatActor(FxRobot robot) {
        openExplore(robot);
        CentralitySection centrality = app.window.explorePane().centrality();
        robot.interact(() -> app.window.explorePane().reveal(centrality));

        robot.clickOn(robot.lookup((ToggleButton b) -> "Brokerage".equals(b.getText())).queryAs(ToggleButton.class));
        settle();
        assertThat(centrality.list().getItems().get(0).actor().id()).isEqualTo("fidan");
        robot.clickOn(robot.from(centrality.list()).lookup((Label l) -> "Hakan Fidan".equals(l.getText()))
                .queryAs(Label.class));
        settle();

        assertThat(selectedActorId()).isEqualTo("fidan");
        assertThat(app.window.sideTabs().getSelectionModel().getSelectedItem().getText()).isEqualTo("Explore");
    }

    @Test
    void sizingCardsByScoreEnlargesTheTopActorAboutItsCentre(FxRobot robot) {
        openExplore(robot);
        var before = app.model.sceneProperty().get().nodes().stream().filter(n -> n.actorId().equals("ukraine"))
                .findFirst().orElseThrow().box();

        robot.interact(() -> app.window.explore().centrality().setSizedByScore(true));
        settle();

        var after = app.model.sceneProperty().get().nodes().stream().filter(n -> n.actorId().equals("ukraine"))
                .findFirst().orElseThrow().box();
        assertThat(after.width()).isCloseTo(before.width() * CentralityViewModel.LARGEST_SCALE, within(1e-6));
        assertThat(after.centerX()).isCloseTo(before.centerX(), within(1e-6));
        assertThat(app.model.sceneProperty().get().nodeAt(after.maxX() - 2, after.centerY()).orElseThrow().actorId())
                .isEqualTo("ukraine");
    }

    @Test
    void tablesShareTheSelectionWithTheMap(FxRobot robot) {
        robot.clickOn("Tables");
        settle();
        var actors = app.window.tablesView().actorTable();
        robot.interact(() -> actors.scrollTo(actors.getItems().size() - 1));

        robot.clickOn(robot.from(actors).lookup((TableCell<Actor, String> c) ->
                "Vladimir Putin".equals(c.getText())).<Node>query());
        settle();
        assertThat(selectedActorId()).isEqualTo("putin");

        robot.interact(() -> app.model.selectActor("rubio"));
        settle();
        assertThat(actors.getSelectionModel().getSelectedItem().id()).isEqualTo("rubio");

        robot.type(KeyCode.DOWN);
        settle();
        assertThat(selectedActorId()).isEqualTo(actors.getItems().get(actors.getItems()
                .indexOf(app.model.mapProperty().get().prepared().graph().actor("rubio").orElseThrow()) + 1).id());

        robot.write("ka");
        settle();
        assertThat(selectedActorId()).isEqualTo("kallas");

        robot.interact(() -> app.model.selectLink("putin-sent-russian-delegation"));
        settle();
        assertThat(app.window.tablesView().linkTable().getSelectionModel().getSelectedItem().id())
                .isEqualTo("putin-sent-russian-delegation");
    }

    @Test
    void choosingAQuoteRowSelectsItsSpeaker(FxRobot robot) {
        robot.clickOn("Tables");
        robot.clickOn("Quotes");
        settle();
        var quotes = app.window.tablesView().quoteTable();
        Quote first = quotes.getItems().get(0);

        robot.interact(() -> quotes.getSelectionModel().select(0));
        settle();

        assertThat(selectedActorId()).isEqualTo(first.speakerId());
        assertThat(quotes.getSelectionModel().getSelectedItem()).isEqualTo(first);
    }

    @Test
    void delegationsViewShowsMedinskyLeadingAndTheRussianTeamsLowerLevel(FxRobot robot) {
        robot.clickOn("Delegations");
        settle();
        List<VBox> columns = app.window.delegationsView().columns();
        assertThat(columns).hasSize(3);
        VBox russian = columns.get(0);

        VBox leader = robot.from(russian).lookup("." + DelegationsView.DELEGATE_CLASS + ".leader").queryAs(VBox.class);
        assertThat(leader.getUserData()).isEqualTo("medinsky");
        Label verdict = robot.from(russian).lookup("." + DelegationsView.VERDICT_CLASS).queryAs(Label.class);
        assertThat(verdict.getText()).isEqualTo("highest rank: deputy minister (tier 3); led by a minister: no; "
                + "head of state present: no; minister present: no");
        Label led = robot.from(russian).lookup((Label l) -> l.getText().startsWith("led by a minister")).query();
        assertThat(led.getStyleClass()).contains("no", DelegationsView.KEY_FACT_CLASS);

        VBox fomin = robot.from(russian).lookup((VBox row) -> "fomin".equals(row.getUserData())).query();
        Button chain = robot.from(fomin).lookup((Button b) -> "Authority chain".equals(b.getText())).queryButton();
        robot.interact(() -> ScrollReveal.reveal(app.window.delegationsView(), chain));
        robot.clickOn(chain);
        settle();

        assertThat(app.window.explore().routes().chainProperty().get().to().id()).isEqualTo("putin");
        assertThat(app.model.viewStateProperty().get().highlightedActors()).contains("fomin", "putin");
        assertThat(robot.lookup((Label l) -> "Authority chain of Aleksandr Fomin".equals(l.getText())).tryQuery())
                .isPresent();
        Label mandate = robot.from(russian).lookup("." + DelegationsView.MANDATE_CLASS).queryAs(Label.class);
        assertThat(mandate.getText()).contains("received a mandate from Putin “to find possible solutions and "
                + "points of contact”");
        ScrollPane view = app.window.delegationsView();
        assertThat(view.getVvalue()).as("scrolled down to the chain").isEqualTo(view.getVmax());
    }

    @Test
    void rankingListsEveryActorOfTheMap() {
        assertThat(app.window.explore().centrality().ranking()).hasSize(37);
        assertThat(app.window.explore().centrality().measureProperty().get()).isEqualTo(Centrality.Measure.DEGREE);
    }
}
