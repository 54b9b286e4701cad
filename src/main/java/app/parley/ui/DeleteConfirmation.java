package app.parley.ui;

import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.session.DeleteActors;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before actors or a link are deleted, listing what goes with them (their links, roles and quotes). */
final class DeleteConfirmation {

    /** The confirming button. */
    static final ButtonType DELETE = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);

    private DeleteConfirmation() {
    }

    /** "Delete Hakan Fidan?" or "Delete 3 actors?". */
    static String question(Dataset dataset, List<String> actorIds) {
        if (actorIds.size() == 1) {
            return "Delete " + dataset.actors().stream().filter(a -> a.id().equals(actorIds.get(0)))
                    .map(Actor::name).findFirst().orElse(actorIds.get(0)) + "?";
        }
        return "Delete " + actorIds.size() + " actors?";
    }

    /** What goes with the actors, one kind a line, or a line saying nothing does. */
    static String consequences(Dataset dataset, List<String> actorIds) {
        List<String> lines = new DeleteActors(actorIds).summary(dataset);
        StringBuilder text = new StringBuilder();
        if (actorIds.size() > 1) {
            text.append(String.join(", ", dataset.actors().stream().filter(a -> actorIds.contains(a.id()))
                    .map(Actor::name).toList())).append("\n\n");
        }
        if (lines.isEmpty()) {
            return text.append("Nothing else goes with ").append(actorIds.size() == 1 ? "it" : "them").append('.')
                    .toString();
        }
        text.append("Goes with ").append(actorIds.size() == 1 ? "it" : "them").append(':');
        lines.forEach(line -> text.append("\n• ").append(line));
        return text.append("\n\nEdit › Undo brings everything back.").toString();
    }

    /** Shows the question and waits; whether the user confirmed. */
    static boolean confirm(Window owner, String question, String details) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, details, DELETE, ButtonType.CANCEL);
        alert.initOwner(owner);
        DialogButtons.sizeToLabels(alert.getDialogPane());
        alert.setTitle("Delete");
        alert.setHeaderText(question);
        alert.getDialogPane().setId("delete-confirmation");
        return alert.showAndWait().filter(DELETE::equals).isPresent();
    }
}
