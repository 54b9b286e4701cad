package app.parley.ui;

import app.parley.io.Problem;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Tells that a file could not be opened and lists every problem found in it, as {@code check} prints them. */
final class ProblemsDialog extends Alert {

    ProblemsDialog(Window owner, OpenFailure failure) {
        super(AlertType.ERROR);
        initOwner(owner);
        String name = failure.file().getFileName().toString();
        long errors = failure.problems().stream().filter(Problem::isError).count();
        setTitle("Could not open " + name);
        setHeaderText(name + " could not be opened");
        setContentText(errors + (errors == 1 ? " problem stops" : " problems stop") + " it from opening. "
                + "The map you had stays open.");
        TextArea list = new TextArea(failure.problems().stream().map(p -> p.format(name))
                .collect(Collectors.joining("\n")));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(12);
        list.getStyleClass().add("problem-list");
        getDialogPane().setExpandableContent(list);
        getDialogPane().setExpanded(true);
        getDialogPane().setPrefWidth(720);
    }
}
