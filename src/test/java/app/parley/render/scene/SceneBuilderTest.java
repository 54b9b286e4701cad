package app.parley.render.scene;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.io.DatasetReader;
import app.parley.layout.LayoutModel;
import app.parley.io.synthetic.SyntheticDataset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SceneBuilderTest {

    private static final TextMeasurer MEASURER = new FixedMeasurer();

    /** Three actors in a row, with two parallel relations between the first two. */
    @Test
    void cardsAreCentredOnTheirLayoutPositions() {
        Scene scene = SceneFixtures.sceneOf(SceneFixtures.triangle(), 0, 0, 400, 0, 400, 300);

        Bounds beta = scene.nodes().get(1).box();
        assertThat(beta.centerX()).isEqualTo(400);
        assertThat(beta.centerY()).isEqualTo(0);
    }

    @Test
    void scaledCardsGrowAboutTheirCentreWithTheirTextAndTheLinksFollow() {
        ActorGraph graph = SceneFixtures.triangle();
        LayoutModel layout = new LayoutModel(graph.size());
        layout.set(0, 0, 0);
        layout.set(1, 400, 0);
        layout.set(2, 400, 300);
        List<NodeCard> cards = NodeCards.measure(graph, Theme.LIGHT, MEASURER);
        SceneBuilder builder = new SceneBuilder(graph, cards, Theme.LIGHT, MEASURER);
        Scene plain = builder.build(layout);

        Scene scaled = builder.build(layout, new double[] {1, 2, 1});

        Bounds before = plain.nodes().get(1).box();
        Bounds after = scaled.nodes().get(1).box();
        assertThat(after.width()).isEqualTo(2 * before.width());
        assertThat(after.height()).isEqualTo(2 * before.height());
        assertThat(after.centerX()).isEqualTo(400);
        assertThat(after.centerY()).isEqualTo(0);
        TextRun name = scaled.nodes().get(1).card().lines().get(0);
        TextRun plainName = plain.nodes().get(1).card().lines().get(0);
        assertThat(name.font().size()).isEqualTo(2 * plainName.font().size());
        assertThat(name.baseline()).isEqualTo(2 * plainName.baseline());
        assertThat(scaled.nodes().get(0).box()).isEqualTo(plain.nodes().get(0).box());
        assertThat(scaled.nodeAt(after.maxX() - 1, 0).map(NodeShape::actorId)).contains("b");
        assertThat(plain.nodeAt(after.maxX() - 1, 0)).isEmpty();
        EdgeShape leads = scaled.edges().get(2);
        assertThat(leads.y1()).isCloseTo(after.maxY() + 2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void cardShowsTheNameThenTheKindForNonPersons() {
        Scene scene = SceneFixtures.sceneOf(SceneFixtures.triangle(), 0, 0, 400, 0, 400, 300);

        assertThat(scene.nodes().get(1).card().lines()).extracting(TextRun::text).containsExactly("Beta", "state");
        assertThat(scene.nodes().get(0).card().lines()).extracting(TextRun::text).containsExactly("Alpha");
    }

    @Test
    void parallelLinksBendApartSoNeitherHidesTheOther() {
        Scene scene = SceneFixtures.sceneOf(SceneFixtures.triangle(), 0, 0, 400, 0, 400, 300);

        EdgeShape met = scene.edges().get(0);
        EdgeShape criticised = scene.edges().get(1);
        assertThat(met.cy()).isEqualTo(-30);
        assertThat(criticised.cy()).isEqualTo(30);
        assertThat(criticised.yAt(0.5) - met.yAt(0.5)).isGreaterThan(30);
    }

    @Test
    void curvesStartAndEndOnTheCardEdgesNotTheirCentres() {
        Scene scene = SceneFixtures.sceneOf(SceneFixtures.triangle(), 0, 0, 400, 0, 400, 300);

        EdgeShape leads = scene.edges().get(2);
        Bounds gamma = scene.nodes().get(2).box();
        assertThat(leads.x1()).isEqualTo(400);
        assertThat(leads.y2()).isEqualTo(gamma.y() - 2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void edgeLabelsAvoidCardsAndEachOther() {
        Scene scene = SceneFixtures.sceneOf(SceneFixtures.triangle(), 0, 0, 400, 0, 400, 300);

        List<Bounds> labels = scene.edges().stream().map(e -> e.label().box()).toList();
        for (Bounds label : labels) {
            for (NodeShape node : scene.nodes()) {
                assertThat(label.intersects(node.box())).isFalse();
            }
        }
        assertThat(labels.get(0).intersects(labels.get(1))).isFalse();
    }

    @Test
    void hitTestingFindsTheCardAndTheCurveUnderThePoint() {
        Scene scene = SceneFixtures.sceneOf(SceneFixtures.triangle(), 0, 0, 400, 0, 400, 300);

        assertThat(scene.nodeAt(401, 3)).map(NodeShape::actorId).contains("b");
        assertThat(scene.nodeAt(200, 200)).isEmpty();
        EdgeShape leads = scene.edges().get(2);
        assertThat(scene.edgeAt(leads.xAt(0.2) + 2, leads.yAt(0.2), 4)).map(EdgeShape::linkId).contains("r3");
        assertThat(scene.edgeAt(200, 200, 4)).isEmpty();
    }

    @Test
    void everyIstanbulActorGetsACardWithItsName() {
        ActorGraph graph = ActorGraph.of(DatasetReader.istanbul());
        double[] xy = new double[graph.size() * 2];
        for (int v = 0; v < graph.size(); v++) {
            xy[2 * v] = (v % 6) * 300;
            xy[2 * v + 1] = (v / 6) * 200;
        }

        Scene scene = SceneFixtures.sceneOf(graph, xy);

        assertThat(scene.nodes()).hasSize(37);
        assertThat(scene.edges()).hasSize(graph.links().size());
        assertThat(scene.nodes().get(graph.indexOf("galuzin")).card().lines()).extracting(TextRun::text)
                .containsExactly("Mihail Galuzin", "Deputy Foreign Minister");
    }

    /** A generated map of 2,000 actors and 6,000 relations, placed at random over a square of the given side. */
    private static Scene crowded(double side, SceneBuilder[] builderOut) {
        ActorGraph graph = ActorGraph.of(SyntheticDataset.generate(SyntheticDataset.Settings.of(2_000, 6_000, 3)));
        LayoutModel layout = new LayoutModel(graph.size());
        SplittableRandom random = new SplittableRandom(8);
        for (int v = 0; v < graph.size(); v++) {
            layout.set(v, random.nextDouble(side), random.nextDouble(side));
        }
        SceneBuilder builder = new SceneBuilder(graph, NodeCards.measure(graph, Theme.LIGHT, MEASURER), Theme.LIGHT,
                MEASURER);
        builderOut[0] = builder;
        return builder.build(layout);
    }

    @Test
    void manyLinksRoutedOnSeveralThreadsEachJoinTheirOwnCardsTheSameOnEveryBuild() {
        SceneBuilder[] builder = new SceneBuilder[1];
        Scene first = crowded(20_000, builder);
        Scene second = crowded(20_000, builder);

        ActorGraph graph = builder[0].graph();
        assertThat(first.edges()).hasSize(graph.links().size()).isEqualTo(second.edges());
        for (int e = 0; e < first.edges().size(); e++) {
            EdgeShape edge = first.edges().get(e);
            assertThat(edge.index()).isEqualTo(e);
            assertThat(edge.from()).isEqualTo(graph.indexOf(graph.links().get(e).fromId()));
            assertThat(edge.to()).isEqualTo(graph.indexOf(graph.links().get(e).toId()));
        }
    }

    @Test
    void labelsOfACrowdedMapCoverNoCardAndNoOtherLabel() {
        Scene scene = crowded(12_000, new SceneBuilder[1]);

        List<Bounds> labels = scene.edges().stream().filter(edge -> edge.label() != null)
                .map(edge -> edge.label().box()).toList();
        assertThat(labels).isNotEmpty();
        assertThat(labels.size()).isLessThan(scene.edges().size());
        for (Bounds label : labels) {
            assertThat(scene.nodes()).noneMatch(node -> node.box().intersects(label));
        }
        GridIndex placed = new GridIndex(200);
        for (int i = 0; i < labels.size(); i++) {
            Bounds label = labels.get(i);
            assertThat(placed.anyMatch(label, j -> labels.get(j).intersects(label))).isFalse();
            placed.add(i, label);
        }
    }

    @Test
    void anyMatchOfAGridAnswersAsAQueryOfEveryItemDoes() {
        SplittableRandom random = new SplittableRandom(4);
        List<Bounds> boxes = new java.util.ArrayList<>();
        GridIndex grid = new GridIndex(50);
        for (int i = 0; i < 500; i++) {
            Bounds box = new Bounds(random.nextDouble(-1000, 1000), random.nextDouble(-1000, 1000),
                    random.nextDouble(1, 120), random.nextDouble(1, 40));
            grid.add(i, box);
            boxes.add(box);
        }
        int hits = 0;
        for (int trial = 0; trial < 2_000; trial++) {
            Bounds probe = new Bounds(random.nextDouble(-1100, 1100), random.nextDouble(-1100, 1100),
                    random.nextDouble(1, trial % 50 == 0 ? 3000 : 80), random.nextDouble(1, 30));
            boolean expected = boxes.stream().anyMatch(box -> box.intersects(probe));
            assertThat(grid.anyMatch(probe, id -> boxes.get(id).intersects(probe))).isEqualTo(expected);
            hits += expected ? 1 : 0;
        }
        assertThat(hits).isBetween(100, 1_900);
    }
}
