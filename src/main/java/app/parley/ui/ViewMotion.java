package app.parley.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Tells whether the user is panning or zooming the view right now: moving from the first wheel step or drag until
 * a short pause, when it calls back so the view can draw once more in full detail.
 */
final class ViewMotion {

    private static final Duration SETTLE = Duration.millis(160);

    private final PauseTransition settle = new PauseTransition(SETTLE);
    private boolean moving;

    /** Motion that calls {@code onSettled} on the JavaFX thread when the view has stood still for a moment. */
    ViewMotion(Runnable onSettled) {
        settle.setOnFinished(e -> {
            moving = false;
            onSettled.run();
        });
    }

    /** Records that the view moved just now. */
    void moved() {
        moving = true;
        settle.playFromStart();
    }

    /** Whether the view is moving. */
    boolean isMoving() {
        return moving;
    }

    /** Stops waiting for the view to settle. */
    void stop() {
        settle.stop();
        moving = false;
    }
}
