package app.parley.ui;

import app.parley.render.fx.FxTextMeasurer;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop application: opens the dataset named on the command line, or the Istanbul talks. */
public final class ParleyApp extends Application {

    /** The window's argument that prints how long the window took to show, then closes it. */
    public static final String STARTUP_TIME = StartupTime.FLAG;

    private MainWindow window;

    /** Starts the window; blocks until it closes. */
    public static void launchWindow(String... args) {
        Application.launch(ParleyApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainViewModel model = new MainViewModel(new FxTextMeasurer());
        window = new MainWindow(model, stage);
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
        List<String> args = getParameters().getRaw();
        if (args.equals(List.of(StartupTime.FLAG))) {
            StartupTime.reportWhenShown(scene);
            args = List.of();
        }
        stage.show();
        if (args.isEmpty()) {
            model.openBundled();
        } else {
            model.open(Path.of(args.get(0)));
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
    }
}
