package app.parley.render.scene;

import app.parley.graph.ActorGraph;
import app.parley.layout.LayoutModel;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import java.util.List;

/** Small graphs and scenes built from them, shared by the render tests. */
public final class SceneFixtures {

    private static final TextMeasurer MEASURER = new FixedMeasurer();

    private SceneFixtures() {
    }

    /** Three actors of three sides: Alpha met and criticised Beta, Beta leads Gamma. */
    public static ActorGraph triangle() {
        Source source = new Source("s", "T", "P", null, "en", null, "Alpha met Beta. Beta met Gamma.", null);
        Span span = new Span("s", 0, 14);
        List<Actor> actors = List.of(
                new Actor("a", "Alpha", ActorKind.PERSON, List.of(), Side.UKRAINE),
                new Actor("b", "Beta", ActorKind.STATE, List.of(), Side.RUSSIA),
                new Actor("c", "Gamma", ActorKind.DELEGATION, List.of(), Side.TURKEY));
        List<Relation> relations = List.of(
                new Relation("r1", "a", RelationType.MET_WITH, "b", span),
                new Relation("r2", "a", RelationType.CRITICISED, "b", span),
                new Relation("r3", "b", RelationType.LEADS, "c", span));
        return ActorGraph.of(new Dataset("t", List.of(source), actors, List.of(), relations, List.of()));
    }

    /** The graph's scene with its cards centred at the given x, y pairs. */
    public static Scene sceneOf(ActorGraph graph, double... xy) {
        LayoutModel layout = new LayoutModel(graph.size());
        for (int v = 0; v < graph.size(); v++) {
            layout.set(v, xy[2 * v], xy[2 * v + 1]);
        }
        List<NodeCard> cards = NodeCards.measure(graph, Theme.LIGHT, MEASURER);
        return new SceneBuilder(graph, cards, Theme.LIGHT, MEASURER).build(layout);
    }
}
