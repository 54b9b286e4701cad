package app.parley.layout;

import app.parley.graph.ActorGraph;
import app.parley.model.ActorKind;
import app.parley.model.Vocabulary;

/** The layouts a user can choose, by the identifier the command line and settings use. */
public enum Layouts implements Vocabulary {
    /** The negotiating table: mediator at the head, delegations facing each other, camps around. */
    TABLE("table", "Negotiating table") {
        @Override
        public Layout create(ActorGraph graph, long seed) {
            return new TableLayout(TablePlan.of(graph));
        }
    },
    /** Force-directed, reproducible with the seed. */
    FORCE("force", "Force-directed") {
        @Override
        public Layout create(ActorGraph graph, long seed) {
            return new ForceLayout(seed);
        }
    },
    /** A circle with the camps together. */
    CIRCLE("circle", "Circle") {
        @Override
        public Layout create(ActorGraph graph, long seed) {
            return CircleLayout.fitted(CampOrder.of(graph));
        }
    };

    /** The most actors the table layout is chosen for by default. */
    private static final int TABLE_LIMIT = 400;

    private final String id;
    private final String label;

    Layouts(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The identifier, as in {@code --layout table}. */
    @Override
    public String id() {
        return id;
    }

    /** The name shown to users. */
    @Override
    public String label() {
        return label;
    }

    /** The layout for {@code graph}; {@code seed} fixes whatever it draws at random. */
    public abstract Layout create(ActorGraph graph, long seed);

    /** The layout a map opens in: the table for a negotiation of a readable size, force-directed otherwise. */
    public static Layouts defaultFor(ActorGraph graph) {
        boolean negotiation = graph.actors().stream().anyMatch(a -> a.kind() == ActorKind.DELEGATION);
        return negotiation && graph.size() <= TABLE_LIMIT ? TABLE : FORCE;
    }

    /** The layout with this identifier. */
    public static Layouts byId(String id) {
        return Vocabulary.byId(Layouts.class, id).orElseThrow(() -> Vocabulary.unknown(Layouts.class, "layout", id));
    }
}
