package app.parley.ui;

import app.parley.session.Command;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A card of the Details pane turned into a small form: Save carries out one command through the session (a refusal
 * shows its reason under the fields and keeps the form), Cancel gives the card back.
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
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            if (session.execute(command.get()).isEmpty()) {
                form.showError(session.refusalProperty().get());
            }
        });
        Button back = new Button("Cancel");
        back.setId("inline-cancel");
        back.setCancelButton(true);
        back.setOnAction(e -> cancel.run());
        HBox buttons = new HBox(8, save, back);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, form, buttons);
    }
}
