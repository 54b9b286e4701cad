package app.parley.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * Never loses work: before the map is closed (quit, close the window, New, Open), asks Save / Don't Save / Cancel
 * when it has unsaved changes, and goes on only once the user has chosen (and a save has succeeded).
 */
public final class UnsavedChangesGuard {

    /** The button that saves, then goes on. */
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    /** The button that goes on without saving. */
    public static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private final MainViewModel model;
    private final Stage stage;
    private final SaveActions saves;

    UnsavedChangesGuard(MainViewModel model, Stage stage, SaveActions saves) {
        this.model = model;
        this.stage = stage;
        this.saves = saves;
    }

    /**
     * Runs {@code action} now when nothing is unsaved; otherwise asks first and runs it after a successful save or
     * "Don't Save", never after Cancel or a failed save.
     *
     * @param doing what the action does, for the question ("closing", "opening another map")
     */
    public void proceed(String doing, Runnable action) {
        if (!model.session().dirty()) {
            action.run();
            return;
        }
        Alert ask = new Alert(Alert.AlertType.WARNING, "", SAVE, DONT_SAVE, ButtonType.CANCEL);
        ask.initOwner(stage);
        DialogButtons.sizeToLabels(ask.getDialogPane());
        ask.setTitle("Unsaved changes");
        ask.setHeaderText("Save the changes to “" + model.session().dataset().title() + "” before " + doing + "?");
        ask.setContentText("If you don't save, your changes will be lost.");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return;
        }
        if (answer.get() == DONT_SAVE) {
            action.run();
            return;
        }
        saves.save(saved -> {
            if (saved) {
                action.run();
            }
        });
    }
}
