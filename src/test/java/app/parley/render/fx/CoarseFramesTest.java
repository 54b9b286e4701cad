package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.synthetic.KnownShapes;
import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.ForceLayout;
import app.parley.layout.LayoutModel;
import app.parley.layout.LayoutMonitor;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.SketchOverview;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coarse frames a zoom out is drawn from (kept on the way in, one at each power of two of scale) and the coarser
 * overview drawn under a moving frame the kept frame does not cover.
 */
class CoarseFramesTest {

    private static GraphDrawing big;
    private static double cx;
    private static double cy;

    @BeforeAll
    static void prepare() {
        big = FrameView.mesh();
        cx = big.bounds().centerX();
        cy = big.bounds().centerY();
    }

    /** Paints still frames centred on the mesh at {@code scales}, one after the other. */
    private static void stills(FrameView view, double... scales) {
        for (double scale : scales) {
            assertThat(view.paint(big, view.window(cx, cy, scale), false)).isEqualTo(MotionFrames.Kind.KEPT);
        }
    }

    @Test
    void aZoomOutTwiceAsFarEachFrameIsDrawnFromTheFramesKeptOnTheWayIn() {
        FrameView view = new FrameView();
        stills(view, 0.05, 0.1, 0.2, 0.4, 0.8);
        assertThat(view.frames.coarseScales()).containsExactly(0.05, 0.1, 0.2);

        List<MotionFrames.Kind> kinds = new ArrayList<>();
        for (double scale : new double[] {0.4, 0.2, 0.1}) {
            kinds.add(view.paint(big, view.window(cx, cy, scale), true));
        }

        assertThat(kinds).containsExactly(MotionFrames.Kind.REUSED, MotionFrames.Kind.REUSED,
                MotionFrames.Kind.REUSED);
    }

    @Test
    void withoutTheFramesOfTheWayInTheSameZoomOutIsPaintedInFull() {
        FrameView view = new FrameView();
        stills(view, 0.4, 0.8);
        assertThat(view.frames.coarseScales()).isEmpty();

        assertThat(view.paint(big, view.window(cx, cy, 0.4), true)).isEqualTo(MotionFrames.Kind.REUSED);
        assertThat(view.paint(big, view.window(cx, cy, 0.2), true)).isEqualTo(MotionFrames.Kind.KEPT);
    }

    @Test
    void theCoarseFramesHoldTheLastFrameAtEachPowerOfTwoOfScale() {
        FrameView view = new FrameView();
        stills(view, 0.3, 0.26, 0.9, 0.9);

        assertThat(view.frames.coarseScales()).as("0.3 and 0.26 both lie between a quarter and a half")
                .containsExactly(0.26);
    }

    @Test
    void theCoarseFramesAreTheFinestEightWhenTheWayInWasLonger() {
        FrameView view = new FrameView();
        double[] scales = new double[12];
        for (int i = 0; i < scales.length; i++) {
            scales[i] = Math.scalb(1.0, i - 11);
        }
        stills(view, scales);

        assertThat(view.frames.coarseScales()).containsExactly(Math.scalb(1.0, -9), Math.scalb(1.0, -8),
                Math.scalb(1.0, -7), Math.scalb(1.0, -6), Math.scalb(1.0, -5), Math.scalb(1.0, -4),
                Math.scalb(1.0, -3), Math.scalb(1.0, -2));
    }

    /**
     * The mesh spread fifty times as wide, so that, as for a big graph, its finest overview level is limited by its
     * size in pixels, not by where names would be read.
     */
    private static GraphDrawing spreadMesh() {
        PreparedGraph prepared = PreparedGraph.of(SyntheticDataset.generate(KnownShapes.triangularMesh(30, 27), 4),
                Theme.LIGHT, new FxTextMeasurer());
        LayoutModel positions = prepared.layOut(new ForceLayout(4), LayoutMonitor.NONE);
        for (int v = 0; v < positions.size(); v++) {
            positions.set(v, positions.x(v) * 50, positions.y(v) * 50);
        }
        return new GraphDrawing(prepared.scene(positions), Theme.LIGHT, ViewState.NONE);
    }

    @Test
    void aMovingFrameTheKeptFrameDoesNotCoverIsDrawnFromALevelScaledUpAtMostFivefold() {
        GraphDrawing spread = spreadMesh();
        List<SketchOverview.Level> levels = SketchOverview.levels(spread, Theme.LIGHT.background(), () -> false);
        double finest = levels.get(levels.size() - 1).scale();
        double coarser = finest * 4;
        double tooCoarse = finest * 6;
        assertThat(levels).hasSize(4);
        assertThat(spread.sketches(tooCoarse)).isTrue();
        double x = spread.bounds().centerX();
        double y = spread.bounds().centerY();
        FrameView view = new FrameView(Runnable::run);
        assertThat(view.paint(spread, FrameView.around(x, y, coarser), false)).isEqualTo(MotionFrames.Kind.KEPT);

        assertThat(view.paint(spread, FrameView.around(x + FrameView.WIDTH / coarser, y, coarser), true))
                .as("panned a window's width, the finest level scaled up fourfold")
                .isEqualTo(MotionFrames.Kind.OVERVIEW);
        assertThat(view.paint(spread, FrameView.around(x - FrameView.WIDTH / tooCoarse, y, tooCoarse), true))
                .as("the other way at a scale up of six").isEqualTo(MotionFrames.Kind.KEPT);
    }
}
