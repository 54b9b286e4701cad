package app.parley.ui;

import app.parley.session.Command;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A card of the Details pane turned into a small form: Save (Enter) carries out one command through the session and
 * gives the card back (a refusal shows its reason under the fields and keeps the form), Cancel (Esc) gives the card
 * back unchanged. The form's start field has the focus when it appears.
 */
final class InlineEditor extends VBox {

    /** Style class of the form. */
    static final String STYLE_CLASS = "inline-editor";

    InlineEditor(String heading, FormGrid form, Supplier<Command> command, SessionBridge session, Runnable cancel) {
        super(10);
        getStyleClass().add(STYLE_CLASS);
        Label title = new Label(heading);
        title.getStyleClass().add(ActorCardView.HEADING_CLASS);
        Button save = new Button("Save");
        save.setId("inline-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> {
            if (session.execute(command.get()).isPresent()) {
                cancel.run();
            } else {
                form.showError(session.refusalProperty().get());
            }
        });
        Button back = new Button("Cancel");
        back.setId("inline-cancel");
        back.setOnAction(e -> cancel.run());
        HBox buttons = new HBox(8, save, back);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, form, buttons);
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                back.fire();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                (event.getTarget() instanceof ButtonBase pressed ? pressed : save).fire();
                event.consume();
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now != null && form.startField() != null) {
                Platform.runLater(form.startField()::requestFocus);
            }
        });
    }
}
