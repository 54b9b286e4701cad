package app.parley.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The tool bar's search: type a name or alias, choose a suggestion or press Enter, and the actor is selected and centred. */
public final class FindField extends HBox {

    /** Style class of the box. */
    public static final String STYLE_CLASS = "find-field";
    /** Style class of the "No actor called …" message. */
    public static final String MESSAGE_CLASS = "find-message";

    private static final double FIELD_WIDTH = 230;

    private final ActorField field;
    private final Label message = new Label();

    /** A search box for {@code find}. */
    public FindField(FindViewModel find) {
        super(8);
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        field = new ActorField(find::suggestions);
        field.setPromptText("Find an actor (Ctrl+F)");
        field.setPrefWidth(FIELD_WIDTH);
        field.setTooltip(new Tooltip("Type a name or alias; accents and capitals are optional (\"Kalin\" finds "
                + "İbrahim Kalın). Enter selects the best match and centres it on the map."));
        field.setOnChosen(find::choose);
        field.setOnUnknown(find::find);
        field.textProperty().addListener(o -> find.clearMessage());
        message.getStyleClass().add(MESSAGE_CLASS);
        message.textProperty().bind(find.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        getChildren().addAll(field, message);
    }

    /** Puts the keyboard in the search field with its text selected. */
    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }

    /** The text field. */
    public TextField field() {
        return field;
    }
}
