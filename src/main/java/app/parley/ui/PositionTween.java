package app.parley.ui;

import app.parley.layout.LayoutModel;
import java.util.function.Consumer;

/** Moves every vertex smoothly from where it is to a new layout, calling back with each frame's positions. */
final class PositionTween {

    private static final double DURATION_MILLIS = 450;
    private static final int MAX_ANIMATED_VERTICES = 3000;

    private final Tween tween = new Tween(DURATION_MILLIS);

    /** Stops a running transition where it is. */
    void stop() {
        tween.stop();
    }

    /**
     * Animates {@code current} towards {@code target}; large graphs jump straight there.
     *
     * @param current the positions shown now, updated in place every frame
     * @param target  where the vertices go
     * @param frame   called after every update
     * @param arrived called once the vertices are at {@code target}, after the last frame
     */
    void animate(LayoutModel current, LayoutModel target, Consumer<LayoutModel> frame, Runnable arrived) {
        stop();
        if (current.size() != target.size() || current.size() > MAX_ANIMATED_VERTICES) {
            frame.accept(target.copy());
            arrived.run();
            return;
        }
        LayoutModel from = current.copy();
        LayoutModel moving = current.copy();
        moving.setBackdrops(target.backdrops());
        tween.start(t -> {
            double eased = Tween.easeInOut(t);
            for (int v = 0; v < moving.size(); v++) {
                moving.set(v, from.x(v) + (target.x(v) - from.x(v)) * eased,
                        from.y(v) + (target.y(v) - from.y(v)) * eased);
                moving.pin(v, target.pinned(v));
            }
            frame.accept(t >= 1 ? target.copy() : moving.copy());
            if (t >= 1) {
                arrived.run();
            }
        });
    }
}
