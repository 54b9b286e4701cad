package app.parley.ui;

import app.parley.session.Command;
import app.parley.session.Edit;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A dialog around a form whose OK carries out one command through the session; when the session refuses it, the
 * dialog stays open with the reason under the fields.
 */
final class AuthoringDialog {

    private AuthoringDialog() {
    }

    /**
     * Shows the dialog and waits.
     *
     * @param owner   the window it belongs to
     * @param title   its title
     * @param intro   a line above the form (the selected words), or {@code null}
     * @param form    the fields
     * @param focus   the field to start in
     * @param ok      the OK button's text
     * @param command the command the fields make (read when OK is pressed)
     * @param session where it is carried out
     * @return the edit made, or empty when cancelled
     */
    static Optional<Edit> show(Window owner, String title, String intro, FormGrid form, Node focus, String ok,
                               Supplier<Command> command, SessionBridge session) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        ButtonType commit = new ButtonType(ok, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(commit, ButtonType.CANCEL);
        DialogButtons.sizeToLabels(dialog.getDialogPane());
        VBox content = new VBox(12);
        if (intro != null) {
            Label words = new Label(intro);
            words.setWrapText(true);
            words.setMaxWidth(420);
            words.getStyleClass().add("authoring-intro");
            content.getChildren().add(words);
        }
        content.getChildren().add(form);
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);
        Edit[] made = new Edit[1];
        Button button = (Button) dialog.getDialogPane().lookupButton(commit);
        button.setId("authoring-ok");
        button.addEventFilter(ActionEvent.ACTION, event -> {
            Optional<Edit> edit = session.execute(command.get());
            if (edit.isPresent()) {
                made[0] = edit.get();
            } else {
                form.showError(session.refusalProperty().get());
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
                event.consume();
            }
        });
        Platform.runLater(focus::requestFocus);
        dialog.showAndWait();
        return Optional.ofNullable(made[0]);
    }
}
