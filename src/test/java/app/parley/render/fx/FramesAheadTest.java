package app.parley.render.fx;

import static app.parley.render.fx.FramePixels.inked;
import static app.parley.render.fx.FramePixels.meanDifference;
import static org.assertj.core.api.Assertions.assertThat;

import app.parley.render.paint.Composition;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.PixelFrame;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Moving frames painted ahead, off the JavaFX thread, and the frames drawn from them. */
class FramesAheadTest {

    /**
     * The canvas's size: wide enough that at 0.5 pixels per world unit, where names are drawn while moving, the mesh
     * shows more links than a moving frame draws as shapes.
     */
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1200;
    /** Overviews never built, so that only kept frames and frames painted ahead are drawn from. */
    private static final Executor NO_OVERVIEW = task -> { };

    private static GraphDrawing big;
    private static double cx;
    private static double cy;

    @BeforeAll
    static void prepare() {
        big = FrameView.mesh();
        cx = big.bounds().centerX();
        cy = big.bounds().centerY();
    }

    /** Runs the frames asked for ahead when told, as their thread would between two frames. */
    private static final class Painter implements Executor {

        private final List<Runnable> asked = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            asked.add(task);
        }

        /** Paints every frame asked for; returns how many. */
        int paintAll() {
            int painted = asked.size();
            while (!asked.isEmpty()) {
                asked.remove(0).run();
            }
            return painted;
        }
    }

    /**
     * The kinds of the frames {@code view} paints of a zoom from 0.08 to 0.8 pixels per world unit in 20 frames (a
     * sketch first, names readable at the end; never the whole mesh in view, where nothing is painted ahead) and back out in 10, the first a still one.
     */
    private static List<MotionFrames.Kind> zoomInAndOut(FrameView view) {
        List<Double> scales = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            scales.add(0.08 * Math.pow(10, i / 20.0));
        }
        for (int i = 1; i <= 10; i++) {
            scales.add(0.8 * Math.pow(1 / 10.0, i / 10.0));
        }
        List<MotionFrames.Kind> kinds = new ArrayList<>();
        for (int i = 0; i < scales.size(); i++) {
            kinds.add(view.paint(big, view.window(cx, cy, scales.get(i)), i > 0));
        }
        return kinds;
    }

    /** The window of the canvas's size centred on the mesh at {@code scale} pixels per world unit. */
    private static Bounds centred(double scale) {
        return new Bounds(cx - WIDTH / scale / 2, cy - HEIGHT / scale / 2, WIDTH / scale, HEIGHT / scale);
    }

    /** Keeps a still frame at 0.2 pixels per world unit, then moves to a close-up 2.5 times nearer, and returns it. */
    private static Bounds askAheadForACloseUp(FrameView view) {
        Bounds close = view.window(cx + 60, cy - 40, 0.5);
        view.paint(big, view.window(cx, cy, 0.2), false);
        view.paint(big, close, true);
        return close;
    }

    /** Asks ahead for a close-up as {@link #askAheadForACloseUp} does, paints it ahead and then the close-up from it. */
    private static Bounds closeUpPaintedAhead(FrameView view, Painter painter) {
        Bounds close = askAheadForACloseUp(view);
        painter.paintAll();
        view.paint(big, close, true);
        return close;
    }

    private static FrameView view(Executor painter) {
        return new FrameView(WIDTH, HEIGHT, NO_OVERVIEW, painter);
    }

    @Test
    void aZoomInAndOutWhoseFramesArePaintedAheadPaintsNoneInFull() {
        List<MotionFrames.Kind> ahead = zoomInAndOut(view(Runnable::run));
        List<MotionFrames.Kind> alone = zoomInAndOut(view(null));

        assertThat(ahead.get(0)).isEqualTo(MotionFrames.Kind.KEPT);
        assertThat(ahead.subList(1, ahead.size())).as("moving frames, each painted ahead in time: %s", ahead)
                .containsOnly(MotionFrames.Kind.REUSED);
        assertThat(alone.subList(1, alone.size())).as("the same moving frames, none painted ahead")
                .contains(MotionFrames.Kind.KEPT);
    }

    @Test
    void whileAFrameIsPaintedAheadAZoomInIsDrawnFromTheKeptFrameUpToSixteenfold() {
        Painter painter = new Painter();
        FrameView view = view(painter);
        view.paint(big, view.window(cx, cy, 0.05), false);

        assertThat(view.paint(big, view.window(cx, cy, 0.125), true)).isEqualTo(MotionFrames.Kind.REUSED);
        assertThat(view.paint(big, view.window(cx, cy, 0.35), true)).as("sevenfold, a frame being painted")
                .isEqualTo(MotionFrames.Kind.REUSED);
        assertThat(painter.paintAll()).isEqualTo(1);
        assertThat(view.paint(big, view.window(cx, cy, 0.375), true)).as("drawn from the frame painted ahead")
                .isEqualTo(MotionFrames.Kind.REUSED);
        assertThat(view.paint(big, view.window(cx, cy, 1.15), true)).as("ninefold from it, a frame being painted")
                .isEqualTo(MotionFrames.Kind.REUSED);
        assertThat(view.paint(big, view.window(cx, cy, 2.2), true)).as("17.6-fold from it, a frame being painted")
                .isEqualTo(MotionFrames.Kind.KEPT);
        assertThat(view.frames.framesAdopted()).isEqualTo(1);
    }

    @Test
    void aFrameDrawnFromOnePaintedAheadLooksLikeAFreshMovingFrameWithItsNames() {
        Painter painter = new Painter();
        FrameView view = view(painter);
        Bounds close = askAheadForACloseUp(view);
        assertThat(painter.paintAll()).as("a frame asked for: the kept one zoomed in 2.5-fold").isEqualTo(1);

        assertThat(view.paint(big, close, true)).isEqualTo(MotionFrames.Kind.REUSED);
        assertThat(view.frames.framesAdopted()).isEqualTo(1);
        int[] ahead = view.pixels();
        FrameView fresh = view(null);
        FxPlatform.call(() -> fresh.frames.paint(fresh.canvas, big.inMotion(), Theme.LIGHT.background(), close,
                List.of(), false));
        int[] painted = fresh.pixels();

        int differing = 0;
        for (int i = 0; i < painted.length; i++) {
            differing += largestChannelDifference(painted[i], ahead[i]) > 8 ? 1 : 0;
        }
        assertThat(inked(painted)).isGreaterThan(WIDTH * HEIGHT / 100);
        assertThat(differing).as("pixels differing by more than 8 in a channel, of %d", painted.length)
                .isLessThan(painted.length / 1000);
        assertThat(meanDifference(painted, ahead)).isLessThan(0.1);
    }

    @Test
    void aFramePaintedAheadHoldsTheLinksAsPixelsAndTheNamesOverThem() {
        Composition close = new Composition(WIDTH, HEIGHT, Theme.LIGHT.background(), big.inMotion(),
                centred(0.5), List.of());
        Composition sketch = new Composition(WIDTH, HEIGHT, Theme.LIGHT.background(), big.inMotion(),
                centred(0.1), List.of());
        GraphDrawing selected = new GraphDrawing(big.scene(), Theme.LIGHT,
                ViewState.NONE.withSelectedActor(big.scene().nodes().get(0).actorId()));
        Composition withSelection = new Composition(WIDTH, HEIGHT, Theme.LIGHT.background(), selected.inMotion(),
                centred(0.5), List.of());

        Optional<PixelFrame> closeFrame = PixelFrame.of(close);
        Optional<PixelFrame> sketchFrame = PixelFrame.of(sketch);

        assertThat(closeFrame).isPresent();
        assertThat(closeFrame.get().texts()).as("names readable at 0.5 pixels per unit").isNotEmpty();
        assertThat(inked(closeFrame.get().argb())).isGreaterThan(1000);
        assertThat(sketchFrame).isPresent();
        assertThat(sketchFrame.get().texts()).isEmpty();
        assertThat(PixelFrame.of(withSelection)).as("a selected card is drawn as shapes").isEmpty();
    }

    @Test
    void aFramePaintedAheadIsLetGoWhenAFrameWasKeptSinceItWasAskedFor() {
        Painter painter = new Painter();
        FrameView view = view(painter);
        view.paint(big, view.window(cx, cy, 0.2), false);
        view.paint(big, view.window(cx, cy, 0.5), true);
        view.paint(big, view.window(cx, cy, 0.52), false);
        painter.paintAll();

        assertThat(view.paint(big, view.window(cx, cy, 0.54), true)).isEqualTo(MotionFrames.Kind.REUSED);
        assertThat(view.frames.framesAdopted()).isZero();
        assertThat(view.frames.framesAsked()).isEqualTo(1);
    }

    @Test
    void theNamesOfAFramePaintedAheadAreRasterizedOnceAndDrawnFromTheirPixelsAsTheViewPans() {
        Painter painter = new Painter();
        FrameView view = view(painter);
        Bounds close = closeUpPaintedAhead(view, painter);
        int[] first = view.pixels();
        int rasterized = view.frames.namesRasterized();

        view.paint(big, close, true);
        int held = view.frames.namesRasterized();
        view.paint(big, new Bounds(close.x() + 20, close.y() - 10, close.width(), close.height()), true);
        int panned = view.frames.namesRasterized();
        assertThat(view.paint(big, close, true)).isEqualTo(MotionFrames.Kind.REUSED);
        int[] back = view.pixels();

        assertThat(view.frames.framesAdopted()).isEqualTo(1);
        assertThat(rasterized).as("the names of the frame painted ahead, at 0.5 pixels per unit").isGreaterThan(10);
        assertThat(held).as("the same view again").isEqualTo(rasterized);
        assertThat(view.frames.namesRasterized()).as("panned by whole pixels and back").isEqualTo(panned);
        assertThat(back).as("the view panned back shows the same pixels").isEqualTo(first);
    }

    @Test
    void namesLetGoOfAreRasterizedAgainIntoTheSamePixels() {
        Painter painter = new Painter();
        FrameView view = view(painter);
        Bounds close = closeUpPaintedAhead(view, painter);
        int[] warm = view.pixels();
        int rasterized = view.frames.namesRasterized();

        FxPlatform.run(view.frames::forgetNamePixels);
        assertThat(view.paint(big, close, true)).isEqualTo(MotionFrames.Kind.REUSED);

        assertThat(view.frames.namesRasterized() - rasterized).as("names rasterized again").isGreaterThan(10);
        assertThat(view.pixels()).isEqualTo(warm);
    }

    private static int largestChannelDifference(int a, int b) {
        int largest = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            largest = Math.max(largest, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return largest;
    }
}
