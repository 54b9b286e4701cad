package app.parley.ui;

import app.parley.session.Recovery;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks, at start, whether to restore the unsaved work a crash left behind. The {@value #ANSWER_PROPERTY} system
 * property ({@code restore} or {@code discard}) answers for runs nobody can click in (tests).
 */
final class RestorePrompt {

    /** The system property that answers the question without asking. */
    static final String ANSWER_PROPERTY = "parley.recovery.answer";

    private static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private RestorePrompt() {
    }

    /** Whether the user wants {@code recovered} back. */
    static boolean restore(Window owner, Recovery.Recovered recovered) {
        String answer = System.getProperty(ANSWER_PROPERTY, "").toLowerCase(Locale.ROOT);
        if (answer.equals("restore") || answer.equals("discard")) {
            return answer.equals("restore");
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", RESTORE, DISCARD);
        ask.initOwner(owner);
        DialogButtons.sizeToLabels(ask.getDialogPane());
        ask.setTitle("Restore unsaved work");
        ask.setHeaderText("Parley closed without saving “" + recovered.dataset().title() + "”.");
        ask.setContentText("Restore the unsaved changes (" + recovered.dataset().summary() + ")"
                + (recovered.file() == null ? "" : " to " + recovered.file().getFileName()) + "?");
        return ask.showAndWait().orElse(DISCARD) == RESTORE;
    }
}
