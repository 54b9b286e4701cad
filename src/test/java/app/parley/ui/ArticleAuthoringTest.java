package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.parley.io.DatasetReader;
import app.parley.io.DatasetWriter;
import app.parley.io.LoadResult;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.QuoteKind;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.model.Span;
import app.parley.session.AddActor;
import app.parley.session.AddQuote;
import app.parley.session.AddRelation;
import java.nio.file.Path;
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

/** Building a map from an article by pointing at its words, in the real window. */
@ExtendWith(ApplicationExtension.class)
class ArticleAuthoringTest {

    private AuthoringFixture app;

    @Start
    void start(Stage stage) {
        app = new AuthoringFixture(stage);
    }

    @BeforeEach
    void articleIsOpen() throws Exception {
        app.awaitIdle();
    }


    private void newActorFromMenu(FxRobot robot, String words, String side) throws Exception {
        app.dragOver(robot, words);
        app.rightClickSelection(robot);
        robot.clickOn("New actor…");
        app.choose(robot, "#actor-side", side);
        robot.clickOn("#authoring-ok");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingOverWordsSelectsWholeWords(FxRobot robot) throws Exception {
        app.dragOver(robot, "Fidan opened");

        assertThat(app.window.article().selectedWordsProperty().get()).isEqualTo(OneArticle.span("Fidan opened"));
    }

    @Test
    void aThreeActorMapWithAQuoteAndALinkIsBuiltFromTheArticleSavedAndReopened(FxRobot robot,
            @TempDir Path folder) throws Exception {
        newActorFromMenu(robot, "Hakan Fidan", "Turkey");
        newActorFromMenu(robot, "Rustem Umerov", "Ukraine");
        app.dragOver(robot, "Vladimir Medinsky");
        robot.type(KeyCode.A);
        app.choose(robot, "#actor-side", "Russia");
        robot.clickOn("#authoring-ok");

        app.dragOver(robot, "We are ready for a ceasefire,");
        app.rightClickSelection(robot);
        robot.clickOn("Quote by…");
        robot.clickOn("#quote-speaker").write("Umerov").type(KeyCode.ENTER);
        app.commit(robot);

        app.dragOver(robot, "Hakan Fidan opened the talks");
        app.rightClickSelection(robot);
        robot.clickOn("Evidence for a new link…");
        app.choose(robot, "#link-type", "mediates with");
        robot.clickOn("#link-to").write("Umerov").type(KeyCode.ENTER);
        app.commit(robot);
        WaitForAsyncUtils.waitForFxEvents();

        Dataset built = app.dataset();
        assertThat(built.actors()).extracting(Actor::name, Actor::side).containsExactly(
                tuple("Hakan Fidan", Side.TURKEY),
                tuple("Rustem Umerov", Side.UKRAINE),
                tuple("Vladimir Medinsky", Side.RUSSIA));
        assertThat(built.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speakerId()).isEqualTo("rustem-umerov");
            assertThat(q.text()).isEqualTo("We are ready for a ceasefire,");
            assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(q.span()).isEqualTo(OneArticle.span("We are ready for a ceasefire,"));
        });
        assertThat(built.relations()).singleElement().satisfies(r -> {
            assertThat(r.fromId()).isEqualTo("hakan-fidan");
            assertThat(r.type()).isEqualTo(RelationType.MEDIATES);
            assertThat(r.toId()).isEqualTo("rustem-umerov");
            assertThat(r.evidence()).isEqualTo(OneArticle.span("Hakan Fidan opened the talks"));
        });
        assertThat(built.positions()).containsOnlyKeys("hakan-fidan", "rustem-umerov", "vladimir-medinsky");
        assertThat(app.model.sceneProperty().get().nodes()).hasSize(3);
        assertThat(app.model.sceneProperty().get().edges()).hasSize(1);

        Path file = folder.resolve("talks.json");
        new DatasetWriter().save(built, file);
        LoadResult reopened = new DatasetReader().read(file);

        assertThat(reopened.problems()).isEmpty();
        assertThat(reopened.dataset()).isEqualTo(built);
    }

    @Test
    void aRefusedEditKeepsTheDialogOpenWithTheReason(FxRobot robot) throws Exception {
        app.dragOver(robot, "Hakan Fidan");
        app.rightClickSelection(robot);
        robot.clickOn("Quote by…");
        robot.clickOn("#quote-speaker").write("Nobody");
        robot.clickOn("#authoring-ok");

        assertThat(robot.lookup("#form-error").queryLabeled().getText()).isEqualTo("Choose an actor.");
        assertThat(app.dataset().quotes()).isEmpty();
        robot.clickOn("Cancel");
    }

    @Test
    void quotesAndEvidenceStayMarkedInTheText(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app.model.bridge().execute(new AddActor("Hakan Fidan", ActorKind.PERSON,
                    Side.TURKEY));
            app.model.bridge().execute(new AddActor("Rustem Umerov",
                    ActorKind.PERSON, Side.UKRAINE));
            app.model.bridge().execute(new AddQuote("rustem-umerov",
                    OneArticle.span("We are ready for a ceasefire,"), QuoteKind.DIRECT));
            app.model.bridge().execute(new AddRelation("hakan-fidan", RelationType.MEDIATES,
                    "rustem-umerov", OneArticle.span("Hakan Fidan opened the talks")));
        });
        robot.interact(() -> app.window.sideTabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(marks(robot, ArticleView.QUOTE_MARK_CLASS)).isTrue();
        assertThat(marks(robot, ArticleView.EVIDENCE_MARK_CLASS)).isTrue();
        Span quote = OneArticle.span("We are ready for a ceasefire,");
        assertThat(ArticleMarks.quotes(app.dataset(), OneArticle.SOURCE)).containsExactly(quote);
    }

    private static boolean marks(FxRobot robot, String styleClass) {
        javafx.scene.shape.Path path = robot.lookup("." + styleClass).query();
        return !path.getElements().isEmpty() && path.getLayoutBounds().getWidth() > 10;
    }
}
