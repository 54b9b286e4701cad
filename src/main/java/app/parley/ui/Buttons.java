package app.parley.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Buttons as the window's tool bars and panes make them. */
final class Buttons {

    private Buttons() {
    }

    /** A button saying {@code text}, explained by {@code tip}, that runs {@code action}. */
    static Button of(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
