package app.parley.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A small two-column form (label, field) with a line under it for the reason an edit was refused. */
class FormGrid extends GridPane {

    /** Style class of the refusal line. */
    static final String ERROR_CLASS = "authoring-error";

    private final Label error = new Label();
    private int rows;
    private Node firstField;

    FormGrid() {
        setHgap(10);
        setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(160);
        getColumnConstraints().addAll(labels, fields);
        error.getStyleClass().add(ERROR_CLASS);
        error.setWrapText(true);
        error.setId("form-error");
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
    }

    /** Adds a labelled field. */
    final void row(String label, Node field) {
        Label name = new Label(label);
        name.setLabelFor(field);
        name.setMinWidth(Region.USE_PREF_SIZE);
        add(name, 0, rows);
        add(field, 1, rows);
        rows++;
        if (firstField == null) {
            firstField = field;
        }
    }

    /** The field of the first row, or {@code null} before there is one. */
    final Node firstField() {
        return firstField;
    }

    /** The field a form that edits something starts in: the first one, unless the form knows a likelier one. */
    Node startField() {
        return firstField;
    }

    /** Adds a node across both columns. */
    final void wide(Node node) {
        add(node, 0, rows, 2, 1);
        rows++;
    }

    /** Shows why the edit was refused, under the fields; empty hides the line. */
    final void showError(String message) {
        if (error.getParent() == null) {
            wide(error);
        }
        error.setText(message);
        error.setVisible(!message.isEmpty());
    }

    /** The refusal shown, or an empty string. */
    final String errorText() {
        return error.isVisible() ? error.getText() : "";
    }
}
