package app.parley.render.paint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import app.parley.graph.ActorGraph;
import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.Backdrop;
import app.parley.layout.LayoutModel;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.EdgeGroup;
import app.parley.render.scene.FixedMeasurer;
import app.parley.render.scene.NodeCards;
import app.parley.render.scene.Scene;
import app.parley.render.scene.SceneBuilder;
import app.parley.render.scene.SceneFixtures;
import app.parley.render.scene.Stroke;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GraphDrawingTest {

    private final Scene scene = SceneFixtures.sceneOf(SceneFixtures.triangle(), 0, 0, 400, 0, 400, 300);

    private RecordingSurface paint(ViewState state, double scale) {
        RecordingSurface surface = new RecordingSurface();
        new GraphDrawing(scene, Theme.LIGHT, state).paint(surface, scene.bounds().inflate(10), scale);
        return surface;
    }

    @Test
    void aZoneWhoseActorsAreAllHiddenIsNotDrawnButTheTableAndOtherZonesAre() {
        Scene zoned = new Scene(scene.nodes(), scene.edges(), List.of(
                new Backdrop(Backdrop.Kind.TABLE, 100, -100, 200, 200, ""),
                new Backdrop(Backdrop.Kind.ZONE, -100, -100, 200, 200, "West"),
                new Backdrop(Backdrop.Kind.ZONE, 300, 200, 200, 200, "South")), 100);

        RecordingSurface all = new RecordingSurface();
        new GraphDrawing(zoned, Theme.LIGHT, ViewState.NONE).paint(all, zoned.bounds().inflate(200), 1);
        RecordingSurface westHidden = new RecordingSurface();
        new GraphDrawing(zoned, Theme.LIGHT, ViewState.NONE.withHidden(Set.of("a"), Set.of()))
                .paint(westHidden, zoned.bounds().inflate(200), 1);

        assertThat(zones(all)).isEqualTo(2);
        assertThat(zones(westHidden)).isEqualTo(1);
        assertThat(westHidden.calls()).filteredOn(c -> Theme.LIGHT.tableFill().equals(c.colour())).hasSize(1);
        assertThat(westHidden.drewText("South")).isTrue();
        assertThat(westHidden.drewText("West")).isFalse();
    }

    private static long zones(RecordingSurface surface) {
        return surface.calls().stream().filter(c -> c.op().equals("fillRoundRect")
                && Theme.LIGHT.zoneFill().equals(c.colour())).count();
    }

    @Test
    void everyNameAndLabelIsDrawnAtFullOpacityByDefault() {
        RecordingSurface surface = paint(ViewState.NONE, 1);

        for (String text : new String[] {"Alpha", "Beta", "Gamma", "met with", "criticised", "leads"}) {
            assertThat(surface.opacityOfText(text)).as(text).isEqualTo(1.0);
        }
    }

    @Test
    void hoveringFadesEverythingButTheActorAndItsNeighbours() {
        RecordingSurface surface = paint(ViewState.NONE.withHoveredActor("c"), 1);

        assertThat(surface.opacityOfText("Gamma")).isEqualTo(1.0);
        assertThat(surface.opacityOfText("Beta")).isEqualTo(1.0);
        assertThat(surface.opacityOfText("leads")).isEqualTo(1.0);
        assertThat(surface.opacityOfText("Alpha")).isEqualTo(GraphDrawing.FADED);
        assertThat(surface.opacityOfText("met with")).isEqualTo(GraphDrawing.FADED);
    }

    @Test
    void hiddenActorsAndTheirLinksAreNotDrawn() {
        RecordingSurface surface = paint(ViewState.NONE.withHidden(Set.of("a"), Set.of()), 1);

        assertThat(surface.drewText("Alpha")).isFalse();
        assertThat(surface.drewText("met with")).isFalse();
        assertThat(surface.drewText("leads")).isTrue();
    }

    @Test
    void selectedActorGetsARingInTheSelectionColour() {
        RecordingSurface surface = paint(ViewState.NONE.withSelectedActor("b"), 1);

        assertThat(surface.calls()).last().satisfies(call -> {
            assertThat(call.op()).isEqualTo("strokeRoundRect");
            assertThat(call.colour()).isEqualTo(Theme.LIGHT.selection());
        });
    }

    @Test
    void textTooSmallToReadIsLeftOutWhenZoomedFarOut() {
        RecordingSurface surface = paint(ViewState.NONE, 0.2);

        assertThat(surface.calls()).noneMatch(call -> call.op().equals("fillText"));
        assertThat(surface.calls()).anyMatch(call -> call.op().equals("fillRoundRect"));
    }

    @Test
    void cardsOutsideTheVisibleWindowAreSkipped() {
        RecordingSurface surface = new RecordingSurface();

        new GraphDrawing(scene, Theme.LIGHT, ViewState.NONE).paint(surface, new Bounds(350, 250, 100, 100), 1);

        assertThat(surface.drewText("Gamma")).isTrue();
        assertThat(surface.drewText("Alpha")).isFalse();
    }

    @Test
    void linkLabelsOutsideTheWindowAreLeftOutWhileTheirLinksAreDrawn() {
        RecordingSurface surface = new RecordingSurface();
        new GraphDrawing(scene, Theme.LIGHT, ViewState.NONE).paint(surface, new Bounds(-60, -40, 120, 80), 1);

        assertThat(surface.drewText("Alpha")).isTrue();
        assertThat(surface.drewText("met with")).isFalse();
        assertThat(surface.drewText("criticised")).isFalse();
        assertThat(surface.calls()).filteredOn(call -> call.op().equals("strokeQuadCurve")).hasSize(2);
    }

    /** Counts the batched strokes and fills a surface is asked for and the shapes in them. */
    private static final class BatchCounter extends RecordingSurface {
        int batches;
        int shapes;

        @Override
        public void strokeLines(double[] xy, int count, Stroke stroke) {
            batches++;
            shapes += count;
        }

        @Override
        public void strokeQuadCurves(double[] xy, int count, Stroke stroke) {
            batches++;
            shapes += count;
        }
    }

    @Test
    void aSmallMapFittedFarOutKeepsItsLinksAsWideAndTheirDashesAsLongOnTheOutputAsAtHalfSize() {
        List<Stroke> half = paint(ViewState.NONE, ShapePainter.LINK_ZOOM).lineStrokes();
        List<Stroke> far = paint(ViewState.NONE, 0.2).lineStrokes();
        List<Stroke> full = paint(ViewState.NONE, 1).lineStrokes();

        assertThat(far).hasSize(3).hasSameSizeAs(half);
        for (int i = 0; i < far.size(); i++) {
            assertThat(far.get(i).width() * 0.2).isCloseTo(half.get(i).width() * ShapePainter.LINK_ZOOM, offset(1e-9));
            assertThat(far.get(i).width() * 0.2).isGreaterThanOrEqualTo(0.7);
            double[] farDashes = far.get(i).dashes();
            double[] halfDashes = half.get(i).dashes();
            for (int d = 0; d < farDashes.length; d++) {
                assertThat(farDashes[d] * 0.2).isCloseTo(halfDashes[d] * ShapePainter.LINK_ZOOM, offset(1e-9));
            }
        }
        assertThat(full).isEqualTo(half);
    }

    @Test
    void aGraphOfMoreActorsThanAreLabelledKeepsItsLinksFineFarOut() {
        Scene big = bigScene(GraphDrawing.LABELLED_LIMIT + 1, GraphDrawing.BATCHED_LINKS);
        RecordingSurface near = new RecordingSurface();
        new GraphDrawing(big, Theme.LIGHT, ViewState.NONE).paint(near, big.bounds(), 1);
        RecordingSurface far = new RecordingSurface();
        new GraphDrawing(big, Theme.LIGHT, ViewState.NONE).paint(far, big.bounds(), 0.2);

        assertThat(far.lineStrokes()).isNotEmpty().isEqualTo(near.lineStrokes());
    }

    private static Scene bigScene(int actors, int relations) {
        ActorGraph graph = ActorGraph.of(SyntheticDataset.generate(SyntheticDataset.Settings.of(actors, relations, 5)));
        SplittableRandom random = new SplittableRandom(5);
        LayoutModel layout = new LayoutModel(graph.size());
        for (int v = 0; v < graph.size(); v++) {
            layout.set(v, random.nextDouble(0, 3000), random.nextDouble(0, 2000));
        }
        return new SceneBuilder(graph, NodeCards.measure(graph, Theme.LIGHT, new FixedMeasurer()), Theme.LIGHT,
                new FixedMeasurer()).build(layout);
    }

    @Test
    void aBigGraphStrokesEachStyleOfLinkInOneGo() {
        Scene big = bigScene(150, 450);
        BatchCounter surface = new BatchCounter();

        new GraphDrawing(big, Theme.LIGHT, ViewState.NONE).paint(surface, big.bounds(), 1);

        assertThat(big.edges()).hasSizeGreaterThan(GraphDrawing.BATCHED_LINKS);
        assertThat(surface.shapes).isEqualTo(big.edges().size());
        assertThat(surface.batches).isLessThanOrEqualTo(2 * EdgeGroup.values().length);
        assertThat(surface.calls()).noneMatch(call -> call.op().equals("strokeQuadCurve")
                || call.op().equals("strokeLine"));
    }
}
