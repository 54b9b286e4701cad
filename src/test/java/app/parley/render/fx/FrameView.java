package app.parley.render.fx;

import app.parley.io.synthetic.KnownShapes;
import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.ForceLayout;
import app.parley.layout.LayoutMonitor;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.canvas.Canvas;

/** A canvas and the frames painted onto it, one after the other as a view paints them, for the frame tests. */
final class FrameView {

    /** The canvas's width in pixels. */
    static final int WIDTH = 640;
    /** The canvas's height in pixels. */
    static final int HEIGHT = 400;

    final Canvas canvas;
    final MotionFrames frames;
    private final int width;
    private final int height;

    /** The drawing the frame tests move over: a seeded triangular mesh of 30 × 27, laid out and measured. */
    static GraphDrawing mesh() {
        PreparedGraph prepared = PreparedGraph.of(SyntheticDataset.generate(KnownShapes.triangularMesh(30, 27), 4),
                Theme.LIGHT, new FxTextMeasurer());
        return new GraphDrawing(prepared.scene(prepared.layOut(new ForceLayout(4), LayoutMonitor.NONE)), Theme.LIGHT,
                ViewState.NONE);
    }

    /** The window of the canvas's size centred on ({@code cx}, {@code cy}) at {@code scale} pixels per world unit. */
    static Bounds around(double cx, double cy, double scale) {
        return new Bounds(cx - WIDTH / scale / 2, cy - HEIGHT / scale / 2, WIDTH / scale, HEIGHT / scale);
    }

    /** Without an overview (its building never runs), as a window has before it is built. */
    FrameView() {
        this(building -> { });
    }

    /** With overviews built by {@code builds}, and no frame painted ahead. */
    FrameView(Executor builds) {
        this(WIDTH, HEIGHT, new MotionFrames(builds));
    }

    /**
     * A canvas of {@code width} x {@code height} pixels, with overviews built by {@code builds} and moving frames
     * painted ahead by {@code painter}.
     */
    FrameView(int width, int height, Executor builds, Executor painter) {
        this(width, height, new MotionFrames(builds, painter));
    }

    private FrameView(int width, int height, MotionFrames frames) {
        this.width = width;
        this.height = height;
        this.canvas = FxPlatform.call(() -> new Canvas(width, height));
        this.frames = frames;
    }

    /** The window of this canvas's size centred on ({@code cx}, {@code cy}) at {@code scale} pixels per world unit. */
    Bounds window(double cx, double cy, double scale) {
        return new Bounds(cx - width / scale / 2, cy - height / scale / 2, width / scale, height / scale);
    }

    MotionFrames.Kind paint(GraphDrawing drawing, Bounds window, boolean moving) {
        return FxPlatform.call(() -> frames.paint(canvas, drawing, Theme.LIGHT.background(), window, List.of(),
                moving));
    }

    int[] pixels() {
        return FxPlatform.call(() -> CanvasPixels.of(canvas, width, height));
    }
}
