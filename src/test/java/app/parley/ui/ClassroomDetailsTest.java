package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The side panel as a class reads it: link lines in plain words, and the article following what is selected. */
@ExtendWith(ApplicationExtension.class)
class ClassroomDetailsTest {

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = new WorkbenchFixture(stage, 1366, 768);
    }

    @BeforeEach
    void mapIsOpen() throws Exception {
        app.awaitIdle();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> linkLines(FxRobot robot) {
        return robot.from(app.window.details()).lookup((Hyperlink h) -> true).queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
    }

    @Test
    void linkLinesReadAsSentencesFromEitherEnd(FxRobot robot) {
        robot.interact(() -> app.model.selectActor("yermak"));
        settle();
        assertThat(linkLines(robot)).contains("chief of staff to Volodymyr Zelensky").noneMatch(l -> l.contains("→"));

        robot.interact(() -> app.model.selectActor("zelensky"));
        settle();
        assertThat(linkLines(robot)).contains("has chief of staff Andriy Yermak");
    }

    @Test
    void selectingALinkWhileTheArticleShowsHighlightsItsSentenceAndAnotherActorClearsIt(FxRobot robot) {
        robot.interact(() -> app.window.sideTabs().getSelectionModel().select(1));
        settle();

        robot.interact(() -> app.model.selectLink("zelensky-criticised-putin"));
        WaitForAsyncUtils.waitForFxEvents();
        settle();
        assertThat(app.window.sideTabs().getSelectionModel().getSelectedItem().getText()).isEqualTo("Article");
        assertThat(app.window.article().highlightedText()).startsWith("Russian President Vladimir Putin");

        robot.interact(() -> app.model.selectActor("fidan"));
        settle();
        assertThat(app.window.article().highlighted()).isEmpty();
    }

    @Test
    void everyQuoteCardIsTallEnoughForItsWrappedActions(FxRobot robot) {
        settle();
        List<QuoteCell> cards = robot.from(app.window.details()).lookup("." + QuoteCell.STYLE_CLASS)
                .queryAllAs(QuoteCell.class).stream().filter(cell -> cell.getGraphic() != null).toList();

        assertThat(cards).isNotEmpty().allSatisfy(cell -> {
            Node delete = cell.lookup("#delete-quote");
            Bounds inCell = cell.sceneToLocal(delete.localToScene(delete.getBoundsInLocal()));
            assertThat(inCell.getMaxY()).as("Delete of “%s”", cell.getItem().text())
                    .isLessThanOrEqualTo(cell.getHeight() - cell.snappedBottomInset() + 0.5);
        });
    }
}
