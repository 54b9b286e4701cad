package app.parley.layout;

import app.parley.graph.ActorGraph;
import app.parley.io.DatasetReader;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.Rank;
import app.parley.model.RelationType;
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
import java.util.SplittableRandom;

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

    /**
     * A random dataset of up to 40 actors with random kinds and sides, relations of the types the table reads
     * (some pointing at actors that do not exist) and roles.
     */
    static ActorGraph random(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(40);
        Builder builder = new Builder();
        for (int i = 0; i < n; i++) {
            builder.actor("a" + i, ActorKind.values()[random.nextInt(ActorKind.values().length)],
                    Side.KNOWN.get(random.nextInt(Side.KNOWN.size())));
        }
        RelationType[] types = {RelationType.MEDIATES, RelationType.LEADS, RelationType.MEMBER_OF,
            RelationType.NEGOTIATES_WITH, RelationType.SENT, RelationType.GAVE_MANDATE_TO, RelationType.REPRESENTS,
            RelationType.SPOKESPERSON_FOR, RelationType.CHIEF_OF_STAFF_TO, RelationType.ENVOY_OF,
            RelationType.CRITICISED};
        for (int i = random.nextInt(3 * n + 1); i > 0; i--) {
            builder.relation("a" + random.nextInt(n), types[random.nextInt(types.length)], "a" + random.nextInt(n + 2));
        }
        for (int i = 0; i < n / 3; i++) {
            builder.role("a" + random.nextInt(n), random.nextBoolean() ? null : "a" + random.nextInt(n),
                    random.nextBoolean() ? null : Rank.values()[random.nextInt(Rank.values().length)]);
        }
        return builder.graph();
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
