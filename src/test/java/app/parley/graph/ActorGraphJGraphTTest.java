package app.parley.graph;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Dataset;
import app.parley.model.Rank;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

/** The JGraphT graph of an {@link ActorGraph}, which is built only when first asked for. */
class ActorGraphJGraphTTest {

    private static Dataset tiny(boolean linkToNobody) {
        TinyGraph tiny = TinyGraph.create()
                .person("a", "Anna", Side.UKRAINE)
                .person("b", "Boris", Side.RUSSIA)
                .person("c", "Cem", Side.TURKEY)
                .role("r1", "a", "Envoy", "c", Rank.MINISTER)
                .relation("a", RelationType.MET_WITH, "b")
                .relation("b", RelationType.CRITICISED, "a");
        return (linkToNobody ? tiny.relation("a", RelationType.MET_WITH, "ghost") : tiny).dataset();
    }

    @Test
    void theJGraphTGraphHoldsEveryActorAndEveryLinkBetweenKnownActorsWithItsEnds() {
        ActorGraph graph = ActorGraph.of(tiny(true));

        Graph<app.parley.model.Actor, Link> jgrapht = graph.graph();

        assertThat(jgrapht.getType().isDirected()).isTrue();
        assertThat(jgrapht.vertexSet()).containsExactlyElementsOf(graph.actors());
        assertThat(jgrapht.edgeSet()).containsExactlyInAnyOrderElementsOf(graph.links()).hasSize(3);
        for (Link link : graph.links()) {
            assertThat(jgrapht.getEdgeSource(link).id()).isEqualTo(link.fromId());
            assertThat(jgrapht.getEdgeTarget(link).id()).isEqualTo(link.toId());
        }
        assertThat(graph.graph()).isSameAs(jgrapht);
    }

    @Test
    void anEditOfAGraphWhoseJGraphTGraphWasNeverAskedForShowsTheEditedLinks() {
        Dataset before = tiny(false);
        ActorGraph graph = ActorGraph.of(before);
        List<Relation> relations = new ArrayList<>(before.relations());
        Relation added = new Relation("c-met-b", "c", RelationType.MET_WITH, "b", before.relations().get(0).evidence());
        relations.add(added);
        relations.remove(0);
        Dataset after = new Dataset(before.title(), before.sources(), before.actors(), before.roles(), relations,
                before.quotes());

        ActorGraph edited = graph.edit(after).orElseThrow().after();

        Set<String> ids = edited.graph().edgeSet().stream().map(Link::id).collect(Collectors.toSet());
        assertThat(ids).isEqualTo(edited.links().stream().map(Link::id).collect(Collectors.toSet()))
                .contains("c-met-b").doesNotContain(before.relations().get(0).id());
        assertThat(graph.graph().edgeSet()).isEqualTo(edited.graph().edgeSet());
    }
}
