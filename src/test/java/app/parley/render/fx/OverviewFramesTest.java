package app.parley.render.fx;

import static app.parley.render.fx.FramePixels.inked;
import static app.parley.render.fx.FramePixels.inkedInBoth;
import static app.parley.render.fx.FramePixels.meanDifference;
import static org.assertj.core.api.Assertions.assertThat;

import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.ViewScript;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Moving frames of a big graph far out drawn from its overview, against frames painted in full. */
class OverviewFramesTest {

    private static final int WIDTH = FrameView.WIDTH;
    private static final int HEIGHT = FrameView.HEIGHT;
    /** Output pixels per world unit of the far views below: a sketch, with the overview's levels near it. */
    private static final double FAR = 0.1;

    private static GraphDrawing big;

    @BeforeAll
    static void prepare() {
        big = FrameView.mesh();
    }

    /** Builds that wait until the test runs them. */
    private static final class HeldBuilds implements Executor {
        final List<Runnable> waiting = new ArrayList<>();

        @Override
        public void execute(Runnable build) {
            waiting.add(build);
        }

        void runAll() {
            List<Runnable> now = List.copyOf(waiting);
            waiting.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void aMovingFrameFarOutIsDrawnFromTheOverviewOnceItIsBuiltAndLooksLikeAFreshOne() {
        HeldBuilds builds = new HeldBuilds();
        FrameView view = new FrameView(builds);
        Bounds world = big.bounds();
        Bounds start = FrameView.around(world.centerX(), world.centerY(), FAR);
        Bounds panned = FrameView.around(world.centerX() + 0.45 * WIDTH / FAR, world.centerY() + 0.3 * HEIGHT / FAR, FAR);
        assertThat(big.sketches(FAR)).isTrue();
        assertThat(view.paint(big, start, false)).isEqualTo(MotionFrames.Kind.KEPT);
        assertThat(view.paint(big, panned, true)).as("before the overview is built").isNotEqualTo(
                MotionFrames.Kind.OVERVIEW);

        builds.runAll();
        assertThat(view.paint(big, panned, true)).isEqualTo(MotionFrames.Kind.OVERVIEW);
        int[] fromOverview = view.pixels();
        FrameView fresh = new FrameView();
        assertThat(fresh.paint(big, panned, true)).isEqualTo(MotionFrames.Kind.KEPT);
        int[] painted = fresh.pixels();

        assertThat(inked(painted)).isGreaterThan(5000);
        assertThat(inkedInBoth(painted, fromOverview)).as("ink of the fresh frame shown where it is")
                .isGreaterThan(inked(painted) * 9 / 10);
        assertThat(meanDifference(painted, fromOverview)).as("mean difference per channel from the fresh frame")
                .isLessThan(12);
    }

    @Test
    void anOverviewIsNotUsedForAnotherDrawingOrAStillView() {
        FrameView view = new FrameView(Runnable::run);
        Bounds world = big.bounds();
        Bounds start = FrameView.around(world.centerX(), world.centerY(), FAR);
        Bounds farAway = FrameView.around(world.centerX() + WIDTH / FAR, world.centerY(), FAR);
        view.paint(big, start, false);
        GraphDrawing selected = new GraphDrawing(big.scene(), Theme.LIGHT,
                ViewState.NONE.withSelectedActor(big.scene().nodes().get(0).actorId()));

        assertThat(view.paint(big, farAway, false)).as("a still view").isEqualTo(MotionFrames.Kind.KEPT);
        assertThat(view.paint(selected, start, true)).as("another drawing, whose overview was not built yet")
                .isEqualTo(MotionFrames.Kind.KEPT);
        assertThat(view.paint(selected, farAway, true)).as("a selected card is drawn over a sketch: no overview")
                .isEqualTo(MotionFrames.Kind.KEPT);
        assertThat(view.paint(big, farAway, true)).as("the first drawing again, its overview built anew")
                .isEqualTo(MotionFrames.Kind.OVERVIEW);
    }

    @Test
    void aScriptedPanAndZoomPaintsFewerFramesInFullWithTheOverview() {
        List<Bounds> views = ViewScript.panAndZoom(big.bounds(), WIDTH, HEIGHT).stream()
                .map(ViewScript.Step::window).toList();
        int withOverview = paintedInFull(new FrameView(Runnable::run), views);
        int without = paintedInFull(new FrameView(), views);

        assertThat(withOverview).as("frames painted in full of %d, without the overview %d", views.size(), without)
                .isLessThanOrEqualTo(8).isLessThan(without);
    }

    private static int paintedInFull(FrameView view, List<Bounds> views) {
        view.paint(big, views.get(0), false);
        int full = 0;
        for (Bounds window : views) {
            full += view.paint(big, window, true) == MotionFrames.Kind.KEPT ? 1 : 0;
        }
        return full;
    }
}
