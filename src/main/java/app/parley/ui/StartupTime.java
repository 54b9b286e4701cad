package app.parley.ui;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code parley --startup-time}: prints how long after the process started the window was first laid out and shown,
 * then closes it, so a cold start can be measured from outside.
 */
final class StartupTime {

    /** The window's argument that asks for the measurement. */
    static final String FLAG = "--startup-time";

    private StartupTime() {
    }

    /** Prints the time once {@code scene} has been laid out for its first frame, then exits the application. */
    static void reportWhenShown(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(() -> {
                Instant started = ProcessHandle.current().info().startInstant().orElse(null);
                String since = started == null ? "unknown"
                        : Duration.between(started, Instant.now()).toMillis() + " ms";
                System.out.println("Window shown " + since + " after the process started.");
                Platform.exit();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
