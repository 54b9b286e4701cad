package app.parley.ui;

import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;

/** Time running from 0 to 1 over a fixed duration, handed out once a frame on the JavaFX thread. */
final class Tween {

    private final double durationNanos;
    private AnimationTimer timer;

    /** A tween lasting {@code millis} milliseconds. */
    Tween(double millis) {
        if (!(millis > 0)) {
            throw new IllegalArgumentException("A tween needs a positive duration");
        }
        this.durationNanos = millis * 1e6;
    }

    /** Stops any run and starts again from 0, calling {@code frame} with the share of the time gone, up to 1. */
    void start(DoubleConsumer frame) {
        stop();
        timer = new AnimationTimer() {
            private long start = -1;

            @Override
            public void handle(long now) {
                if (start < 0) {
                    start = now;
                }
                double t = Math.min(1, (now - start) / durationNanos);
                frame.accept(t);
                if (t >= 1) {
                    Tween.this.stop();
                }
            }
        };
        timer.start();
    }

    /** Stops a run where it is. */
    void stop() {
        if (timer != null) {
            timer.stop();
            timer = null;
        }
    }

    /** {@code t} (0 to 1) eased in and out along a cubic: slow to start, quick in the middle, slow to end. */
    static double easeInOut(double t) {
        return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
    }
}
