package app.parley.render.fx;

import app.parley.render.paint.GraphDrawing;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.Theme;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.canvas.Canvas;

/** A canvas and the frames painted onto it, one after the other as a view paints them, for the frame tests. */
final class FrameView {

    /** The canvas's width in pixels. */
    static final int WIDTH = 640;
    /** The canvas's height in pixels. */
    static final int HEIGHT = 400;

    final Canvas canvas = FxPlatform.call(() -> new Canvas(WIDTH, HEIGHT));
    final MotionFrames frames;

    /** Without an overview (its building never runs), as a window has before it is built. */
    FrameView() {
        this(building -> { });
    }

    /** With overviews built by {@code builds}. */
    FrameView(Executor builds) {
        frames = new MotionFrames(builds);
    }

    MotionFrames.Kind paint(GraphDrawing drawing, Bounds window, boolean moving) {
        return FxPlatform.call(() -> frames.paint(canvas, drawing, Theme.LIGHT.background(), window, List.of(),
                moving));
    }

    int[] pixels() {
        return FxPlatform.call(() -> CanvasPixels.of(canvas, WIDTH, HEIGHT));
    }
}
