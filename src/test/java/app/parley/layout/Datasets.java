package app.parley.layout;

import app.parley.graph.ActorGraph;
import app.parley.io.DatasetReader;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.Rank;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Role;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Datasets and graphs for layout tests: the bundled Istanbul talks and small ones built in memory. */
final class Datasets {

    static final double WIDTH = 160;
    static final double HEIGHT = 48;

    private Datasets() {
    }

    static ActorGraph istanbul() {
        return ActorGraph.of(DatasetReader.istanbul());
    }

    /** The layout graph of {@code graph} with every box 160 by 48. */
    static LayoutGraph uniformBoxes(ActorGraph graph) {
        double[] widths = new double[graph.size()];
        double[] heights = new double[graph.size()];
        Arrays.fill(widths, WIDTH);
        Arrays.fill(heights, HEIGHT);
        return LayoutGraph.of(graph, widths, heights);
    }

    /** A dataset builder; every span points at the first character of a one-line source. */
    static final class Builder {

        private final List<Actor> actors = new ArrayList<>();
        private final List<Role> roles = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();

        Builder actor(String id, ActorKind kind, Side side) {
            actors.add(new Actor(id, id, kind, List.of(), side));
            return this;
        }

        Builder role(String holder, String of, Rank rank) {
            roles.add(new Role("role" + roles.size(), holder, "title", of, rank, span()));
            return this;
        }

        Builder relation(String from, RelationType type, String to) {
            relations.add(new Relation("rel" + relations.size(), from, type, to, span()));
            return this;
        }

        ActorGraph graph() {
            Source source = new Source("s", "Test", "Test", LocalDate.of(2025, 5, 16), "en", null, "Talks.\n",
                    "0".repeat(64));
            return ActorGraph.of(new Dataset("Test", List.of(source), actors, roles, relations, List.of()));
        }

        private static Span span() {
            return new Span("s", 0, 5);
        }
    }
}
