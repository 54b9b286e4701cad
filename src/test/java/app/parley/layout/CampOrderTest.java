package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Side;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampOrderTest {

    @Test
    void campOrderKeepsEachSideTogetherStatesFirst() {
        ActorGraph graph = Datasets.istanbul();

        int[] order = CampOrder.of(graph);

        assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(java.util.stream.IntStream
                .range(0, graph.size()).toArray());
        Set<Side> finished = new HashSet<>();
        Side current = null;
        ActorKind previousKind = null;
        for (int v : order) {
            Actor actor = graph.actors().get(v);
            if (actor.side() != current) {
                assertThat(finished).as("side %s comes back", actor.side()).doesNotContain(actor.side());
                if (current != null) {
                    finished.add(current);
                }
                current = actor.side();
            } else {
                assertThat(CampOrder.kindRank(actor.kind())).as(actor.id())
                        .isGreaterThanOrEqualTo(CampOrder.kindRank(previousKind));
            }
            previousKind = actor.kind();
        }
        assertThat(graph.actors().get(order[0]).id()).isEqualTo("ukraine");
        assertThat(graph.actors().get(order[order.length - 1]).id()).isEqualTo("afp");
    }
}
