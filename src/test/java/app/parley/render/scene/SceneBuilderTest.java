package app.parley.render.scene;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.io.DatasetReader;
import app.parley.layout.LayoutModel;
import java.util.List;
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
}
