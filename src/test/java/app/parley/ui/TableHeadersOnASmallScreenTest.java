package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The headings of the links' and the quotes' tables stand in full in a 1024 × 700 window. */
@ExtendWith(ApplicationExtension.class)
class TableHeadersOnASmallScreenTest {

    private WorkbenchFixture app;

    @Start
    void start(Stage stage) {
        app = new WorkbenchFixture(stage, 1024, 700);
    }

    @Test
    void everyColumnHeadingOfTheLinksAndQuotesTablesIsWhole(FxRobot robot) throws Exception {
        app.awaitIdle();
        robot.interact(() -> app.window.centreTabs().getSelectionModel().select(2));
        for (TableView<?> table : java.util.List.of(app.window.tablesView().linkTable(),
                app.window.tablesView().quoteTable())) {
            robot.interact(() -> app.window.tablesView().getSelectionModel().select(
                    table == app.window.tablesView().linkTable() ? 1 : 2));
            WaitForAsyncUtils.waitForFxEvents();

            robot.interact(() -> {
                for (Node header : table.lookupAll(".column-header")) {
                    assertThat(ClippedTexts.under(header)).as("headings cut short").isEmpty();
                }
                assertThat(table.lookupAll(".column-header")).isNotEmpty();
            });
        }
    }
}
