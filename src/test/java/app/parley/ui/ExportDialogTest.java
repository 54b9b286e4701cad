package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.render.export.ExportFormat;
import app.parley.render.export.ExportFrame;
import app.parley.render.export.ExportSize;
import app.parley.render.export.PageBackground;
import app.parley.render.export.PrintLength;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private WorkbenchFixture app;
    private ExportDialog dialog;

    @Start
    void start(Stage stage) {
        app = new WorkbenchFixture(stage);
    }

    @BeforeEach
    void mapIsOpen() throws Exception {
        app.awaitIdle();
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        if (dialog != null) {
            robot.interact(dialog::close);
        }
    }

    private MapExport exporter() {
        GraphView view = app.window.graphView();
        return app.model.exporter(view.visibleWorld(), view.getWidth(), view.getHeight());
    }

    private void open(FxRobot robot, ExportSettings start) {
        MapExport exporter = exporter();
        robot.interact(() -> {
            dialog = new ExportDialog(app.window.getScene().getWindow(), start, "The talks", exporter::preview,
                    exporter::feasible);
            dialog.show();
        });
    }

    private String preview(FxRobot robot) {
        return robot.lookup("." + ExportDialog.PREVIEW_CLASS).queryAs(Label.class).getText();
    }

    private boolean previewIsAnError(FxRobot robot) {
        return robot.lookup("." + ExportDialog.PREVIEW_CLASS).queryAs(Label.class).getStyleClass()
                .contains(ExportDialog.PREVIEW_ERROR_CLASS);
    }

    private void pick(FxRobot robot, String radio) {
        RadioButton button = robot.lookup((RadioButton r) -> radio.equals(r.getText())).queryAs(RadioButton.class);
        robot.interact(button::fire);
    }

    private boolean exportDisabled() {
        return dialog.getDialogPane().lookupButton(ExportDialog.EXPORT).isDisabled();
    }

    @Test
    void everyWordOfTheDialogShowsInFull(FxRobot robot) {
        open(robot, ExportSettings.DEFAULT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ClippedTexts.under(dialog.getDialogPane())).isEmpty();
    }

    @Test
    void printWidthShowsTheResultingPixelSizeAsItChanges(FxRobot robot) {
        open(robot, ExportSettings.DEFAULT);
        assertThat(preview(robot)).as("a plain pixel size names no resolution").doesNotContain("dpi");

        pick(robot, "Print");
        assertThat(preview(robot)).startsWith("2362 × ").contains("20cm wide at 300 dpi");

        @SuppressWarnings("unchecked")
        ChoiceBox<Integer> dpi = robot.lookup((ChoiceBox<?> box) -> Integer.valueOf(300).equals(box.getValue()))
                .queryAs(ChoiceBox.class);
        robot.interact(() -> dpi.setValue(600));
        assertThat(preview(robot)).startsWith("4724 × ").contains("at 600 dpi");
        assertThat(dialog.settings().orElseThrow().size())
                .isEqualTo(ExportSize.print(new PrintLength(20, PrintLength.Unit.CM), 600));
        assertThat(exportDisabled()).isFalse();
    }

    @Test
    void theCurrentViewIsTwiceTheGraphViewAtTwoTimes(FxRobot robot) {
        open(robot, ExportSettings.DEFAULT);
        pick(robot, "Current view");

        int expected = (int) Math.ceil(app.window.graphView().getWidth() * 2 - 1e-6);
        assertThat(preview(robot)).startsWith(expected + " × ");
        assertThat(dialog.settings().orElseThrow().area()).isEqualTo(ExportFrame.Area.CURRENT_VIEW);
    }

    @Test
    void selectionNeedsSomethingSelected(FxRobot robot) {
        open(robot, ExportSettings.DEFAULT);
        pick(robot, "Selection");

        assertThat(preview(robot)).contains("Nothing is selected");
        assertThat(previewIsAnError(robot)).isTrue();
        assertThat(exportDisabled()).isTrue();

        robot.interact(dialog::close);
        robot.interact(() -> app.model.selectActor("kalin"));
        open(robot, ExportSettings.DEFAULT);
        pick(robot, "Selection");
        assertThat(previewIsAnError(robot)).isFalse();
        assertThat(exportDisabled()).isFalse();
    }

    @Test
    void aPngTooLargeIsRefusedInTheDialogWithItsSize(FxRobot robot) {
        open(robot, new ExportSettings(ExportFormat.PNG, ExportFrame.Area.WHOLE_GRAPH, ExportSize.pixels(70000, 0),
                PageBackground.WHITE, true, true, true, "", false));

        assertThat(preview(robot)).contains("65535").contains("70000 x");
        assertThat(exportDisabled()).isTrue();
    }

    @Test
    void dataFormatsSwitchThePictureSettingsOff(FxRobot robot) {
        open(robot, new ExportSettings(ExportFormat.GRAPHML, ExportFrame.Area.WHOLE_GRAPH, ExportSize.scale(2),
                PageBackground.WHITE, true, true, true, "", false));

        assertThat(preview(robot)).contains("37 actors");
        RadioButton selection = robot.lookup((RadioButton r) -> "Selection".equals(r.getText()))
                .queryAs(RadioButton.class);
        assertThat(selection.isDisabled()).isTrue();
        assertThat(exportDisabled()).isFalse();
    }

    @Test
    void exportingWritesOffTheFxThreadAndSaysWhereAndHowLarge(@TempDir Path dir, FxRobot robot) throws Exception {
        Path target = dir.resolve("talks.png");
        ExportSettings settings = new ExportSettings(ExportFormat.PNG, ExportFrame.Area.WHOLE_GRAPH,
                ExportSize.print(new PrintLength(5, PrintLength.Unit.CM), 150), PageBackground.WHITE, true, true,
                true, "", true);
        GraphView view = app.window.graphView();
        AtomicReference<String> message = new AtomicReference<>();
        robot.interact(() -> app.model.export(settings, target, view.visibleWorld(), view.getWidth(),
                view.getHeight()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.model.work().busyProperty().get());
        robot.interact(() -> message.set(app.model.work().messageProperty().get()));

        assertThat(Files.exists(target)).isTrue();
        assertThat(ImageIO.read(target.toFile()).getWidth()).isEqualTo(295);
        assertThat(message.get()).startsWith("Exported a 295 × ").contains("5cm wide at 150 dpi")
                .contains("footnotes PNG to " + target).containsPattern("\\(\\d+ KB\\)\\.$");
    }

    @Test
    void aLongExportShowsItsProgressInAWindowWhoseCancelStopsItLeavingNoFile(@TempDir Path dir, FxRobot robot)
            throws Exception {
        Path target = dir.resolve("poster.png");
        ExportSettings settings = new ExportSettings(ExportFormat.PNG, ExportFrame.Area.WHOLE_GRAPH,
                ExportSize.scale(24), PageBackground.WHITE, true, true, true, "", false);
        GraphView view = app.window.graphView();
        AtomicReference<String> message = new AtomicReference<>();
        robot.interact(() -> app.window.exportTo(settings, target, view.visibleWorld(), view.getWidth(),
                view.getHeight()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("." + ExportProgress.STYLE_CLASS).tryQuery().isPresent());

        assertThat(robot.lookup("." + ExportProgress.STYLE_CLASS + " .progress-bar").tryQuery()).isPresent();
        assertThat(app.model.work().busyProperty().get()).isTrue();
        robot.clickOn(robot.lookup("." + ExportProgress.STYLE_CLASS + " .button").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.model.work().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> message.set(app.model.work().messageProperty().get()));

        assertThat(robot.lookup("." + ExportProgress.STYLE_CLASS).tryQuery()).isEmpty();
        assertThat(message.get()).isEqualTo("Exporting PNG cancelled.");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> isEmpty(dir));
        assertThat(Files.list(dir)).as("no file, no temporary file").isEmpty();
    }

    /** Whether the folder is empty: the export thread deletes its temporary file once it sees the cancel. */
    private static boolean isEmpty(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    @Test
    void theExportButtonOfTheToolBarNamesEveryFormat(FxRobot robot) {
        Button export = robot.lookup((Button b) -> "Export…".equals(b.getText())).queryAs(Button.class);

        assertThat(export.getTooltip().getText()).contains("PNG, SVG, GraphML, GEXF, DOT or CSV");
    }
}
