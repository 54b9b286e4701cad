package app.parley.layout;

import app.parley.graph.ActorGraph;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Side;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Orders the actors of a graph so that camps sit together: by side, then states, organizations, delegations, people. */
public final class CampOrder {

    private CampOrder() {
    }

    /** The vertex numbers of {@code graph} by side, then kind, then dataset order: a permutation for a circle. */
    public static int[] of(ActorGraph graph) {
        List<Actor> actors = graph.actors();
        return IntStream.range(0, actors.size()).boxed()
                .sorted(Comparator.comparing((Integer v) -> actors.get(v).side(), Side.ORDER)
                        .thenComparingInt(v -> kindRank(actors.get(v).kind()))
                        .thenComparingInt(v -> v))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Where a kind of actor comes within its camp. */
    static int kindRank(ActorKind kind) {
        return switch (kind) {
            case STATE -> 0;
            case ORGANIZATION -> 1;
            case DELEGATION -> 2;
            case PERSON -> 3;
        };
    }
}
