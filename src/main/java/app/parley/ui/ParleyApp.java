package app.parley.ui;

import app.parley.session.DataFolder;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: opens the dataset named on the command line, or the Istanbul talks. */
public final class ParleyApp extends Application {

    /** The window's argument that prints how long the window took to show, then closes it. */
    public static final String STARTUP_TIME = StartupTime.FLAG;

    private Workbench workbench;

    /** Starts the window; blocks until it closes. */
    public static void launchWindow(String... args) {
        Application.launch(ParleyApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        workbench = Workbench.open(stage, getParameters().getRaw(), DataFolder.resolve());
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }
}
