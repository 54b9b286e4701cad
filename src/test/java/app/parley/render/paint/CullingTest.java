package app.parley.render.paint;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.LayoutModel;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.EdgeShape;
import app.parley.render.scene.FixedMeasurer;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.NodeCard;
import app.parley.render.scene.NodeCards;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Scene;
import app.parley.render.scene.SceneBuilder;
import app.parley.render.scene.Stroke;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Culling checked against brute force: no card or curve that shows in a window is ever left out. */
class CullingTest {

    private static final TextMeasurer MEASURER = new FixedMeasurer();
    /** Half the widest card border, the ink a card shows outside its box. */
    private static final double BORDER_INK = 1.25;
    private static final int SAMPLES = 400;

    /** 600 actors scattered over 30,000 units with a cluster of near neighbours, so curves run long and short. */
    private static Scene scatteredScene() {
        ActorGraph graph = ActorGraph.of(SyntheticDataset.generate(SyntheticDataset.Settings.of(600, 1800, 21)));
        SplittableRandom random = new SplittableRandom(4);
        LayoutModel layout = new LayoutModel(graph.size());
        for (int v = 0; v < graph.size(); v++) {
            boolean clustered = v % 3 == 0;
            double spread = clustered ? 1_500 : 30_000;
            layout.set(v, random.nextDouble(-spread, spread), random.nextDouble(-spread, spread) * 0.6);
        }
        List<NodeCard> cards = NodeCards.measure(graph, Theme.LIGHT, MEASURER);
        return new SceneBuilder(graph, cards, Theme.LIGHT, MEASURER).build(layout);
    }

    private static final Scene SCENE = scatteredScene();

    /** Windows from a few units to the whole world, anywhere in and around it. */
    private static List<Bounds> windows(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        Bounds world = SCENE.bounds().inflate(500);
        List<Bounds> windows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double width = Math.exp(random.nextDouble(Math.log(2), Math.log(world.width())));
            double height = width * random.nextDouble(0.3, 1.5);
            double x = random.nextDouble(world.x(), world.maxX());
            double y = random.nextDouble(world.y(), world.maxY());
            windows.add(new Bounds(x - width / 2, y - height / 2, width, height));
        }
        return windows;
    }

    @Test
    void everyCardWhoseInkShowsInAWindowIsPainted() {
        for (Bounds window : windows(1, 300)) {
            GroupRecorder groups = new GroupRecorder();
            new GraphDrawing(SCENE, Theme.LIGHT, ViewState.NONE).paint(groups, window, 1);
            Set<String> painted = groups.ids;

            for (NodeShape node : SCENE.nodes()) {
                if (node.box().inflate(BORDER_INK).intersects(window)) {
                    assertThat(painted).as("card %s in window %s", node.actorId(), window)
                            .contains("actor-" + node.actorId());
                }
            }
        }
    }

    @Test
    void everyCardOverlappingAWindowIsFoundAndNoOther() {
        for (Bounds window : windows(2, 500)) {
            BitSet found = new BitSet();
            SCENE.nodesIn(window, found::set);

            BitSet expected = new BitSet();
            for (NodeShape node : SCENE.nodes()) {
                if (node.box().intersects(window)) {
                    expected.set(node.index());
                }
            }
            assertThat(found).as("window %s", window).isEqualTo(expected);
        }
    }

    @Test
    void everyCurveCrossingAWindowIsFound() {
        int crossings = 0;
        for (Bounds window : windows(3, 300)) {
            BitSet found = new BitSet();
            SCENE.edgesIn(window, found::set);

            for (EdgeShape edge : SCENE.edges()) {
                if (crosses(edge, window)) {
                    crossings++;
                    assertThat(found.get(edge.index())).as("curve %s in window %s", edge.linkId(), window).isTrue();
                }
            }
        }
        assertThat(crossings).isGreaterThan(1000);
    }

    @Test
    void longCurvesAreFoundInSmallWindowsFarFromTheirEnds() {
        EdgeShape longest = SCENE.edges().stream()
                .max((a, b) -> Double.compare(Math.abs(a.x2() - a.x1()), Math.abs(b.x2() - b.x1()))).orElseThrow();
        for (int i = 1; i < 20; i++) {
            double t = i / 20.0;
            Bounds window = new Bounds(longest.xAt(t) - 1, longest.yAt(t) - 1, 2, 2);
            BitSet found = new BitSet();
            SCENE.edgesIn(window, found::set);

            assertThat(found.get(longest.index())).as("t = %s", t).isTrue();
        }
    }

    @Test
    void smallQueriesFindTheSameCurvesOnceLongCurvesAreFiledInCoarserGrids() {
        Scene filed = scatteredScene();
        filed.fileLongCurves();
        SplittableRandom random = new SplittableRandom(11);
        Bounds bounds = SCENE.bounds();
        for (int i = 0; i < 300; i++) {
            double side = bounds.width() / (10 + random.nextInt(200));
            Bounds window = new Bounds(bounds.x() + random.nextDouble() * bounds.width(),
                    bounds.y() + random.nextDouble() * bounds.height(), side, side);
            BitSet scanned = new BitSet();
            BitSet gridded = new BitSet();
            SCENE.edgesIn(window, scanned::set);
            filed.edgesIn(window, gridded::set);

            assertThat(gridded).as("window %s", window).isEqualTo(scanned);
        }
    }

    private static boolean crosses(EdgeShape edge, Bounds window) {
        if (edge.label() != null && edge.label().box().intersects(window)) {
            return true;
        }
        for (int i = 0; i <= SAMPLES; i++) {
            double t = i / (double) SAMPLES;
            if (window.contains(edge.xAt(t), edge.yAt(t))) {
                return true;
            }
        }
        return false;
    }

    /** A surface that only remembers the groups begun, one per card painted. */
    private static final class GroupRecorder implements Surface {

        final Set<String> ids = new HashSet<>();

        @Override
        public void beginGroup(String id, String styleClass) {
            ids.add(id);
        }

        @Override
        public void save() {
        }

        @Override
        public void restore() {
        }

        @Override
        public void transform(double scale, double dx, double dy) {
        }

        @Override
        public void setOpacity(double alpha) {
        }

        @Override
        public void fillRect(double x, double y, double width, double height, Rgba fill) {
        }

        @Override
        public void fillRoundRect(double x, double y, double width, double height, double arc, Rgba fill) {
        }

        @Override
        public void strokeRoundRect(double x, double y, double width, double height, double arc, Stroke stroke) {
        }

        @Override
        public void fillOval(double x, double y, double width, double height, Rgba fill) {
        }

        @Override
        public void strokeOval(double x, double y, double width, double height, Stroke stroke) {
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        }

        @Override
        public void strokePolygon(double[] xs, double[] ys, Stroke stroke) {
        }

        @Override
        public void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke) {
        }

        @Override
        public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2, Stroke stroke) {
        }

        @Override
        public void fillText(String text, double x, double baseline, FontSpec font, Rgba fill) {
        }
    }
}
