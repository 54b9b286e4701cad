package app.parley.ui;

import app.parley.session.DataFolder;
import app.parley.session.RenameMap;
import app.parley.session.SessionEvent;
import java.util.List;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The application as a child process for {@link CrashRecoveryTest}: starts the real workbench (as {@code ParleyApp}
 * does) and, with {@code edit}, renames the map once it is open and prints {@code EDITED}; with {@code report}, prints
 * {@code OPENED <title> dirty=<dirty>} for the first map it opens. It then runs until it is killed.
 */
public final class RecoveryChild {

    /** The title the edit gives the map. */
    static final String EDITED_TITLE = "Istanbul, edited before the crash";

    private RecoveryChild() {
    }

    /** Starts the child: {@code edit} or {@code report}. */
    public static void main(String[] args) {
        boolean edit = args.length > 0 && args[0].equals("edit");
        Platform.startup(() -> {
            Stage stage = new Stage();
            Workbench workbench = Workbench.open(stage, List.of(), DataFolder.resolve());
            workbench.model().session().addListener(event -> {
                if (event.kind() != SessionEvent.Kind.OPENED) {
                    return;
                }
                if (edit) {
                    Platform.runLater(() -> {
                        workbench.model().edit(new RenameMap(EDITED_TITLE));
                        System.out.println("EDITED");
                        System.out.flush();
                    });
                } else {
                    System.out.println("OPENED " + event.dataset().title() + " dirty=" + event.dirty());
                    System.out.flush();
                }
            });
        });
    }
}
