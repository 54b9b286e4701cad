package app.parley.ui;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The small window that follows an export once it takes a moment: what it is writing, how far it has come, and a
 * Cancel button. Once it shows, it keeps the main window from starting other work; it closes itself when the export
 * ends, whether it was written, failed or was cancelled (the status line then says which).
 */
final class ExportProgress {

    /** Style class of the window's content. */
    static final String STYLE_CLASS = "export-progress";
    /** How long an export runs before the window opens, so quick ones do not flash a window. */
    static final Duration DELAY = Duration.millis(400);

    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final BackgroundWork work;
    private final InvalidationListener ended = o -> endIfIdle();
    private final PauseTransition delay = new PauseTransition(DELAY);

    private ExportProgress(Window owner, BackgroundWork work, Runnable cancel) {
        this.work = work;
        Label message = new Label();
        message.textProperty().bind(work.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(work.progressProperty());
        progress.setPrefWidth(320);
        Button stop = new Button("Cancel");
        stop.setCancelButton(true);
        stop.setOnAction(e -> cancel.run());
        HBox buttons = new HBox(stop);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox content = new VBox(12, message, progress, buttons);
        content.setPadding(new Insets(16));
        content.getStyleClass().add(STYLE_CLASS);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Exporting");
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> cancel.run());
        stage.setScene(new Scene(content));
        if (owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        delay.setOnFinished(e -> {
            if (work.busyProperty().get()) {
                stage.show();
            }
        });
    }

    /**
     * Follows the job {@code work} is running, if any (call it right after starting an export): after {@link #DELAY} a
     * window over {@code owner} shows its progress, and Cancel calls {@code cancel}.
     */
    static void follow(Window owner, BackgroundWork work, Runnable cancel) {
        if (work.busyProperty().get()) {
            new ExportProgress(owner, work, cancel).start();
        }
    }

    private void start() {
        work.busyProperty().addListener(ended);
        delay.play();
    }

    private void endIfIdle() {
        if (!work.busyProperty().get()) {
            work.busyProperty().removeListener(ended);
            delay.stop();
            stage.close();
        }
    }
}
