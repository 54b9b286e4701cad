package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The side panel's tabs and the actors' table in a 1024 × 700 window: no word cut short, nothing beyond the edge. */
@ExtendWith(ApplicationExtension.class)
class PanelsOnASmallScreenTest {

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = new WorkbenchFixture(stage, 1024, 700);
    }

    @BeforeEach
    void mapIsOpen() throws Exception {
        app.awaitIdle();
    }

    @Test
    void everySidePanelTabShowsItsWordsInFullWithinThePanel(FxRobot robot) {
        assertThat(app.window.getScene().getWidth()).isEqualTo(1024);
        for (Tab tab : app.window.sideTabs().getTabs()) {
            robot.interact(() -> app.window.sideTabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            Node content = tab.getContent();

            robot.interact(() -> {
                assertThat(ClippedTexts.under(content)).as("words cut short in %s", tab.getText()).isEmpty();
                double panelRight = content.localToScene(content.getLayoutBounds()).getMaxX();
                Node inside = content instanceof javafx.scene.control.ScrollPane scroll ? scroll.getContent() : content;
                assertThat(inside.localToScene(inside.getLayoutBounds()).getMaxX()).as("%s within the panel",
                        tab.getText()).isLessThanOrEqualTo(panelRight + 0.5);
            });
        }
    }

    @Test
    void theStorysStepsStandApartWithTheirCountsInSmallerMutedTypeAndNothingTouchesThePanelsEdge(FxRobot robot) {
        StoryPane story = app.window.storyPane();
        robot.interact(() -> app.window.sideTabs().getSelectionModel().select(
                app.window.sideTabs().getTabs().stream().filter(t -> t.getContent() == story).findFirst()
                        .orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> {
            Label summary = robot.from(story).lookup("." + StoryPane.SUMMARY_CLASS).queryAs(Label.class);
            Label caption = (Label) ((VBox) summary.getParent()).getChildren().get(0);
            assertThat(summary.getFont().getSize()).isLessThan(caption.getFont().getSize());
            assertThat(summary.getTextFill()).isNotEqualTo(caption.getTextFill());
            double left = story.localToScene(story.getLayoutBounds()).getMinX();
            for (Node part : story.getChildren()) {
                assertThat(part.localToScene(part.getLayoutBounds()).getMinX() - left).as("room left of %s", part)
                        .isGreaterThanOrEqualTo(8);
            }
        });
    }

    @Test
    void aLongNamedActorsCardShowsItsNameEditButtonAndQuotesHeadingInFull(FxRobot robot) {
        robot.interact(() -> {
            app.window.sideTabs().getSelectionModel().select(0);
            app.model.selectActor("russian-delegation");
        });
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> assertThat(ClippedTexts.under(app.window.sideTabs())).isEmpty());
    }

    @Test
    void theDelegationsSitSideBySideAsManyAsFitAndTheRestBelowWithinTheView(FxRobot robot) {
        robot.interact(() -> app.window.centreTabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        DelegationsView view = app.window.delegationsView();

        robot.interact(() -> {
            double viewRight = view.localToScene(view.getLayoutBounds()).getMaxX();
            java.util.List<javafx.geometry.Bounds> columns = view.columns().stream()
                    .map(column -> column.localToScene(column.getLayoutBounds())).toList();
            assertThat(columns).hasSize(3);
            assertThat(columns).allSatisfy(column -> assertThat(column.getMaxX()).isLessThanOrEqualTo(viewRight));
            assertThat(columns.get(1).getMinY()).as("Ukraine's beside Russia's").isEqualTo(columns.get(0).getMinY());
            assertThat(columns.get(2).getMinY()).as("Turkey's below").isGreaterThan(columns.get(0).getMaxY());
            assertThat(ClippedTexts.under(view)).isEmpty();
        });
    }

    @Test
    void theActorsTableShowsEveryNameKindAndSideInFull(FxRobot robot) {
        robot.interact(() -> app.window.centreTabs().getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> actors = app.window.tablesView().actorTable();

        robot.interact(() -> assertThat(ClippedTexts.under(actors)).isEmpty());
    }
}
