package app.parley.ui;

import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/** What calls an animation once a frame with the frame's time in nanoseconds: JavaFX's pulse, or a test's hand. */
@FunctionalInterface
interface FrameSource {

    /** Frames on the JavaFX pulse. */
    FrameSource PULSE = frame -> {
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame.accept(now);
            }
        };
        timer.start();
        return timer::stop;
    };

    /** Starts calling {@code frame} with the time of each frame; returns what stops it. */
    Runnable start(LongConsumer frame);
}
