package app.parley.ui;

import java.util.function.DoubleConsumer;

/** Time running from 0 to 1 over a fixed duration, handed out once a frame on the JavaFX thread. */
final class Tween {

    private final double durationNanos;
    private final FrameSource frames;
    private Runnable stopper;

    /** A tween lasting {@code millis} milliseconds, on the JavaFX pulse. */
    Tween(double millis) {
        this(millis, FrameSource.PULSE);
    }

    /** A tween lasting {@code millis} milliseconds, timed by {@code frames}. */
    Tween(double millis, FrameSource frames) {
        if (!(millis > 0)) {
            throw new IllegalArgumentException("A tween needs a positive duration");
        }
        this.durationNanos = millis * 1e6;
        this.frames = frames;
    }

    /** Stops any run and starts again from 0, calling {@code frame} with the share of the time gone, up to 1. */
    void start(DoubleConsumer frame) {
        stop();
        long[] start = {-1};
        stopper = frames.start(now -> {
            if (start[0] < 0) {
                start[0] = now;
            }
            double t = Math.min(1, (now - start[0]) / durationNanos);
            frame.accept(t);
            if (t >= 1) {
                stop();
            }
        });
    }

    /** Stops a run where it is. */
    void stop() {
        if (stopper != null) {
            Runnable running = stopper;
            stopper = null;
            running.run();
        }
    }

    /** {@code t} (0 to 1) eased in and out along a cubic: slow to start, quick in the middle, slow to end. */
    static double easeInOut(double t) {
        return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
    }
}
