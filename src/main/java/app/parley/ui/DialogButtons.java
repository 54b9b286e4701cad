package app.parley.ui;

import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/** Sizes a dialog's buttons to their own labels, so that no label is cut short. */
final class DialogButtons {

    private DialogButtons() {
    }

    /**
     * Takes the buttons of {@code pane} out of the button bar's uniform sizing: it fixes every button's width when
     * the buttons are made, before the theme's font and padding apply, so a label longer than the bar's least button
     * width ("Export…") no longer fits once they do. Call it once the button types are added.
     */
    static void sizeToLabels(DialogPane pane) {
        Objects.requireNonNull(pane, "pane");
        for (ButtonType type : pane.getButtonTypes()) {
            Node button = pane.lookupButton(type);
            if (button != null) {
                ButtonBar.setButtonUniformSize(button, false);
            }
        }
    }
}
