package app.parley.render.fx;

import static app.parley.render.fx.FramePixels.inked;
import static app.parley.render.fx.FramePixels.inkedInBoth;
import static app.parley.render.fx.FramePixels.meanDifference;
import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.layout.ForceLayout;
import app.parley.layout.LayoutMonitor;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Frames of a moving view drawn from the last full frame, against frames painted in full. */
class MotionFramesTest {

    private static final int WIDTH = FrameView.WIDTH;
    private static final int HEIGHT = FrameView.HEIGHT;
    /** Output pixels per world unit of the views below. */
    private static final double SCALE = 0.5;

    private static GraphDrawing big;
    private static Bounds start;

    @BeforeAll
    static void prepare() {
        big = FrameView.mesh();
        start = FrameView.around(big.bounds().centerX(), big.bounds().centerY(), SCALE);
    }

    /**
     * Paints {@code from} still (kept), then pans to {@code panned} (drawn from the kept frame) and paints
     * {@code panned} afresh in a view of its own.
     *
     * @return the panned frame's pixels, then the fresh frame's
     */
    private static int[][] pannedAndFresh(Bounds from, Bounds panned) {
        FrameView view = new FrameView();
        assertThat(view.paint(big, from, false)).isEqualTo(MotionFrames.Kind.KEPT);
        assertThat(view.paint(big, panned, true)).isEqualTo(MotionFrames.Kind.REUSED);
        FrameView fresh = new FrameView();
        fresh.paint(big, panned, false);
        return new int[][] {view.pixels(), fresh.pixels()};
    }

    private static Bounds moved(Bounds window, double dx, double dy) {
        return new Bounds(window.x() + dx, window.y() + dy, window.width(), window.height());
    }

    @Test
    void aPanByWholePixelsShowsTheKeptFrameWhereTheFullFrameWouldPaintIt() {
        int[][] frames = pannedAndFresh(start, moved(start, 37 / SCALE, -23 / SCALE));
        int[] reused = frames[0];
        int[] full = frames[1];

        int compared = 0;
        int differing = 0;
        for (int y = 24; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH - 38; x++) {
                int a = reused[y * WIDTH + x];
                int b = full[y * WIDTH + x];
                compared++;
                int largest = 0;
                for (int shift = 0; shift < 24; shift += 8) {
                    largest = Math.max(largest, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
                }
                differing += largest > 8 ? 1 : 0;
            }
        }
        assertThat(differing).as("of %d pixels", compared).isLessThan(compared / 500);
    }

    @Test
    void aSketchIsKeptAsItsOwnPixelsAndAPanShowsThemWhereTheFullFrameWouldPaintThem() {
        double far = 0.1;
        Bounds sketched = FrameView.around(big.bounds().centerX(), big.bounds().centerY(), far);
        assertThat(big.sketches(far)).isTrue();

        int[][] frames = pannedAndFresh(sketched, moved(sketched, 37 / far, -23 / far));
        int[] reused = frames[0];
        int[] full = frames[1];

        int compared = 0;
        int differing = 0;
        int inked = 0;
        for (int y = 24; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH - 38; x++) {
                int a = reused[y * WIDTH + x];
                int b = full[y * WIDTH + x];
                compared++;
                inked += (b & 0xFF) < 200 ? 1 : 0;
                differing += a != b ? 1 : 0;
            }
        }
        assertThat(inked).isGreaterThan(compared / 50);
        assertThat(differing).as("of %d pixels", compared).isZero();
    }

    @Test
    void theStripsAPanUncoversArePaintedAsAMovingViewPaintsThem() {
        FrameView view = new FrameView();
        view.paint(big, start, false);
        Bounds panned = moved(start, 60 / SCALE, 0);
        view.paint(big, panned, true);
        int[] reused = view.pixels();
        FrameView moving = new FrameView();
        FxPlatform.call(() -> new MotionFrames().paint(moving.canvas, big.inMotion(), Theme.LIGHT.background(), panned,
                List.of(), false));
        int[] expected = moving.pixels();

        int inked = 0;
        int differing = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = WIDTH - 55; x < WIDTH; x++) {
                int a = reused[y * WIDTH + x];
                inked += (a & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
                differing += a != expected[y * WIDTH + x] ? 1 : 0;
            }
        }
        assertThat(inked).isGreaterThan(1000);
        assertThat(differing).isLessThan(55 * HEIGHT / 50);
    }

    @Test
    void zoomingFarFromTheKeptFrameOrChangingWhatIsShownPaintsInFullAgain() {
        FrameView view = new FrameView();
        view.paint(big, start, false);
        double cx = start.centerX();
        double cy = start.centerY();
        Bounds closer = new Bounds(cx - start.width() / 3, cy - start.height() / 3, start.width() / 1.5,
                start.height() / 1.5);
        Bounds muchCloser = new Bounds(cx - start.width() / 10, cy - start.height() / 10, start.width() / 5,
                start.height() / 5);
        GraphDrawing hovered = new GraphDrawing(big.scene(), Theme.LIGHT,
                ViewState.NONE.withHoveredActor(big.scene().nodes().get(0).actorId()));

        assertThat(view.paint(big, closer, true)).isEqualTo(MotionFrames.Kind.REUSED);
        assertThat(view.paint(big, muchCloser, true)).isEqualTo(MotionFrames.Kind.KEPT);
        assertThat(view.paint(big, moved(muchCloser, 300, 0), true)).isEqualTo(MotionFrames.Kind.KEPT);
        assertThat(view.paint(hovered, moved(muchCloser, 300, 0), true)).isEqualTo(MotionFrames.Kind.KEPT);
        assertThat(view.paint(hovered, moved(muchCloser, 310, 0), false)).isEqualTo(MotionFrames.Kind.KEPT);
    }

    @Test
    void aSmallGraphIsPaintedInFullEveryFrame() {
        PreparedGraph istanbul = PreparedGraph.of(DatasetReader.istanbul(), Theme.LIGHT, new FxTextMeasurer());
        GraphDrawing small = new GraphDrawing(istanbul.scene(istanbul.layOut(new ForceLayout(1), LayoutMonitor.NONE)),
                Theme.LIGHT, ViewState.NONE);
        FrameView view = new FrameView();

        assertThat(small.isBig()).isFalse();
        assertThat(view.paint(small, small.bounds(), false)).isEqualTo(MotionFrames.Kind.FULL);
        assertThat(view.paint(small, moved(small.bounds(), 10, 0), true)).isEqualTo(MotionFrames.Kind.FULL);
    }

    @Test
    void stripsAndTheKeptFrameTogetherCoverEveryPixelOnce() {
        Bounds[] placements = {
            new Bounds(37, -23, WIDTH, HEIGHT),
            new Bounds(-120.5, 40.25, WIDTH, HEIGHT),
            new Bounds(80, 50, WIDTH * 0.7, HEIGHT * 0.7),
            new Bounds(-100, -60, WIDTH * 1.6, HEIGHT * 1.6)};
        for (Bounds placed : placements) {
            int[] covered = new int[WIDTH * HEIGHT];
            for (Bounds strip : MotionFrames.strips(placed, WIDTH, HEIGHT)) {
                for (int y = (int) strip.y(); y < strip.maxY(); y++) {
                    for (int x = (int) strip.x(); x < strip.maxX(); x++) {
                        covered[y * WIDTH + x]++;
                    }
                }
            }
            for (int y = 0; y < HEIGHT; y++) {
                for (int x = 0; x < WIDTH; x++) {
                    boolean underKept = x >= placed.x() && x + 1 <= placed.maxX() && y >= placed.y()
                            && y + 1 <= placed.maxY();
                    assertThat(covered[y * WIDTH + x]).as("pixel %d, %d with the kept frame at %s", x, y, placed)
                            .isBetween(underKept ? 0 : 1, 1);
                }
            }
        }
    }

    @Test
    void aZoomOutIsDrawnFromTheFramesTheZoomInKeptAndLooksLikeTheFullFrame() {
        FrameView view = new FrameView();
        double cx = start.centerX();
        double cy = start.centerY();
        Bounds closer = new Bounds(cx - start.width() / 5, cy - start.height() / 5, start.width() / 2.5,
                start.height() / 2.5);
        Bounds muchCloser = new Bounds(cx - start.width() / 10, cy - start.height() / 10, start.width() / 5,
                start.height() / 5);
        assertThat(view.paint(big, start, false)).isEqualTo(MotionFrames.Kind.KEPT);
        assertThat(view.paint(big, muchCloser, true)).isEqualTo(MotionFrames.Kind.KEPT);

        assertThat(view.paint(big, closer, true)).as("a twofold zoom out, three quarters uncovered")
                .isEqualTo(MotionFrames.Kind.REUSED);
        int[] fromEarlier = view.pixels();
        FrameView full = new FrameView();
        full.paint(big, closer, false);
        int[] painted = full.pixels();

        FrameView zoomedIn = new FrameView();
        zoomedIn.paint(big, start, false);
        assertThat(zoomedIn.paint(big, closer, true)).as("the same view zoomed into from the start")
                .isEqualTo(MotionFrames.Kind.REUSED);
        int[] fromKept = zoomedIn.pixels();

        assertThat(inked(painted)).isGreaterThan(1000);
        assertThat(inkedInBoth(painted, fromEarlier)).as("ink of the full frame shown where it is")
                .isGreaterThan(inked(painted) * 2 / 3);
        assertThat(meanDifference(painted, fromEarlier)).as("mean difference per channel from the full frame")
                .isLessThan(meanDifference(painted, fromKept) * 1.25);
    }

    @Test
    void aZoomOutFartherThanTheEarlierFramesReachIsPaintedInFull() {
        FrameView view = new FrameView();
        double cx = start.centerX();
        double cy = start.centerY();
        Bounds muchCloser = new Bounds(cx - start.width() / 10, cy - start.height() / 10, start.width() / 5,
                start.height() / 5);
        Bounds fartherOut = new Bounds(cx - start.width(), cy - start.height(), start.width() * 2,
                start.height() * 2);
        view.paint(big, start, false);
        view.paint(big, muchCloser, true);

        assertThat(view.paint(big, fartherOut, true)).isEqualTo(MotionFrames.Kind.KEPT);
    }

    @Test
    void aZoomInIsDrawnFromTheKeptFrameUpToFourfold() {
        FrameView view = new FrameView();
        view.paint(big, start, false);
        double cx = start.centerX();
        double cy = start.centerY();
        Bounds threefold = new Bounds(cx - start.width() / 6, cy - start.height() / 6, start.width() / 3,
                start.height() / 3);
        Bounds fivefold = new Bounds(cx - start.width() / 10, cy - start.height() / 10, start.width() / 5,
                start.height() / 5);

        assertThat(view.paint(big, threefold, true)).isEqualTo(MotionFrames.Kind.REUSED);
        assertThat(view.paint(big, fivefold, true)).isEqualTo(MotionFrames.Kind.KEPT);
        assertThat(view.paint(big, fivefold, false)).as("a still view").isEqualTo(MotionFrames.Kind.KEPT);
    }
}
