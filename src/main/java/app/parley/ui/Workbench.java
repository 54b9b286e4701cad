package app.parley.ui;

import app.parley.render.fx.FxTextMeasurer;
import app.parley.session.Recovery;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The whole desktop application in one stage: the main window, the recovery copy of unsaved work (offered back after
 * a crash) and the map it opens first (the file named on the command line, or the Istanbul talks).
 */
public final class Workbench {

    private final MainViewModel model;
    private final MainWindow window;
    private final Recovery recovery;

    private Workbench(MainViewModel model, MainWindow window, Recovery recovery) {
        this.model = model;
        this.window = window;
        this.recovery = recovery;
    }

    /**
     * Shows the application in {@code stage}.
     *
     * @param args       the command line: empty, or the map file to open
     * @param dataFolder where recent maps and recovery copies are kept
     */
    public static Workbench open(Stage stage, List<String> args, Path dataFolder) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainViewModel model = new MainViewModel(new FxTextMeasurer());
        MainWindow window = new MainWindow(model, stage, dataFolder);
        Recovery recovery = new Recovery(dataFolder, Recovery.DEFAULT_DELAY);
        Workbench workbench = new Workbench(model, window, recovery);
        window.setOnQuit(() -> {
            recovery.discard();
            Platform.exit();
        });
        Rectangle2D usable = Screen.getPrimary().getVisualBounds();
        WindowPlacement placement = WindowPlacement.inUserPreferences();
        Rectangle2D place = placement.initial(usable);
        Scene scene = new Scene(window, place.getWidth(), place.getHeight());
        scene.getStylesheets().add(ParleyApp.class.getResource("parley.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        placement.apply(stage, usable);
        model.legendShownProperty().set(usable.getHeight() >= WindowPlacement.ROOMY_HEIGHT);
        List<String> files = args;
        if (args.equals(List.of(StartupTime.FLAG))) {
            StartupTime.reportWhenShown(scene);
            files = List.of();
        }
        stage.show();
        Optional<Recovery.Recovered> recovered = recovery.find();
        boolean restore = recovered.isPresent() && RestorePrompt.restore(stage, recovered.get());
        model.session().addListener(recovery);
        if (restore) {
            model.openUnsaved(recovered.get().dataset(), recovered.get().file());
        } else {
            recovered.ifPresent(r -> recovery.discard());
            if (files.isEmpty()) {
                model.openBundled();
            } else {
                model.open(Path.of(files.get(0)));
            }
        }
        return workbench;
    }

    /** The window's view model. */
    public MainViewModel model() {
        return model;
    }

    /** The main window. */
    public MainWindow window() {
        return window;
    }

    /** The recovery copy of unsaved work. */
    public Recovery recovery() {
        return recovery;
    }

    /** Stops listening and lets the background threads end. */
    public void close() {
        window.dispose();
        recovery.close();
        model.saver().finish();
    }
}
