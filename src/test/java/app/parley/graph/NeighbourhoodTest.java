package app.parley.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.model.Actor;
import app.parley.model.RelationType;
import app.parley.model.Side;
import org.junit.jupiter.api.Test;

class NeighbourhoodTest {

    /** a leads b, c is a member of b, c sent d, e represents a, c criticised e; f stands alone. */
    private static final ActorGraph GRAPH = TinyGraph.create()
            .person("a", "A", Side.OTHER).person("b", "B", Side.OTHER).person("c", "C", Side.OTHER)
            .person("d", "D", Side.OTHER).person("e", "E", Side.OTHER).person("f", "F", Side.OTHER)
            .relation("a", RelationType.LEADS, "b")
            .relation("c", RelationType.MEMBER_OF, "b")
            .relation("c", RelationType.SENT, "d")
            .relation("e", RelationType.REPRESENTS, "a")
            .relation("c", RelationType.CRITICISED, "e")
            .graph();

    @Test
    void depthOneHoldsTheDirectNeighboursWhicheverWayTheLinksPoint() {
        Neighbourhood around = Neighbourhood.of(GRAPH, "a", 1);

        assertThat(around.actors()).extracting(Actor::id).containsExactly("a", "b", "e");
        assertThat(around.links()).extracting(Link::id).containsExactly("a-leads-b", "e-represents-a");
    }

    @Test
    void depthTwoAddsTheNeighboursOfNeighboursAndEveryLinkAmongThem() {
        Neighbourhood around = Neighbourhood.of(GRAPH, "a", 2);

        assertThat(around.actors()).extracting(Actor::id).containsExactly("a", "b", "e", "c");
        assertThat(around.links()).extracting(Link::id)
                .containsExactly("a-leads-b", "c-member-of-b", "e-represents-a", "c-criticised-e");
        assertThat(around.distance("c")).isEqualTo(2);
        assertThat(around.contains("d")).isFalse();
        assertThat(around.distance("f")).isEqualTo(-1);
    }

    @Test
    void anIsolatedActorIsAloneInItsNeighbourhood() {
        Neighbourhood around = Neighbourhood.of(GRAPH, "f", 2);

        assertThat(around.actors()).extracting(Actor::id).containsExactly("f");
        assertThat(around.links()).isEmpty();
    }

    @Test
    void unknownActorsAndNegativeDepthsAreRefused() {
        assertThatThrownBy(() -> Neighbourhood.of(GRAPH, "zz", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Neighbourhood.of(GRAPH, "a", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kalinsNeighbourhoodReachesTheTalksThroughTheTurkishSide() {
        assertThat(Neighbourhood.of(Istanbul.GRAPH, "kalin", 1).actors()).extracting(Actor::id)
                .containsExactly("kalin", "turkey", "turkish-delegation");
        assertThat(Neighbourhood.of(Istanbul.GRAPH, "kalin", 2).actors()).extracting(Actor::id)
                .containsExactly("kalin", "turkey", "turkish-delegation", "russian-delegation",
                        "ukrainian-delegation", "fidan");
    }
}
