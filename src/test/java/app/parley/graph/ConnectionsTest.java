package app.parley.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Rank;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionsTest {

    /**
     * Anna leads the delegation; Boris is a member of it and also criticised it; Anna is president of the state,
     * the state hosts Dmitri, Dmitri met with Boris; Eve is on her own.
     */
    private static final ActorGraph GRAPH = TinyGraph.create()
            .person("anna", "Anna", Side.UKRAINE)
            .actor("delegation", "Delegation", ActorKind.DELEGATION, Side.UKRAINE)
            .person("boris", "Boris", Side.UKRAINE)
            .actor("state", "State", ActorKind.STATE, Side.UKRAINE)
            .person("dmitri", "Dmitri", Side.RUSSIA)
            .person("eve", "Eve", Side.OTHER)
            .role("anna-president", "anna", "President", "state", Rank.HEAD_OF_STATE)
            .relation("lead", "anna", RelationType.LEADS, "delegation", "Anna led the delegation")
            .relation("member", "boris", RelationType.MEMBER_OF, "delegation", "Boris joined the delegation")
            .relation("blame", "delegation", RelationType.CRITICISED, "boris", "The delegation blamed Boris")
            .relation("host", "state", RelationType.HOSTS, "dmitri", "The state hosted Dmitri")
            .relation("meet", "dmitri", RelationType.MET_WITH, "boris", "Dmitri met Boris")
            .graph();

    private final Connections connections = new Connections(GRAPH);

    @Test
    void theShortestPathFollowsLinksForwardsAndBackwardsAndReadsEachWayRound() {
        ActorPath path = connections.shortest("anna", "boris").orElseThrow();

        assertThat(path.actors()).extracting(Actor::id).containsExactly("anna", "delegation", "boris");
        Step lead = path.steps().get(0);
        assertThat(lead.forward()).isTrue();
        assertThat(lead.phrase()).isEqualTo("leads");
        Step member = path.steps().get(1);
        assertThat(member.link().id()).isEqualTo("member");
        assertThat(member.forward()).isFalse();
        assertThat(member.phrase()).isEqualTo("has member");
        assertThat(member.sentence()).isEqualTo("Boris joined the delegation.");
        assertThat(GRAPH.dataset().sources().get(0).excerpt(member.evidence()))
                .isEqualTo("Boris joined the delegation");
    }

    @Test
    void parallelLinksMakeOneStepThatTakesTheFirstAndListsTheOthers() {
        Step step = connections.shortest("anna", "boris").orElseThrow().steps().get(1);

        assertThat(step.alternatives()).extracting(Link::id).containsExactly("blame");
        assertThat(step.alternativePhrases()).containsExactly("criticised");
    }

    @Test
    void theNextShortestPathsFollowInOrderOfLength() {
        List<ActorPath> paths = connections.paths("anna", "boris", 5);

        assertThat(paths).extracting(ActorPath::length).containsExactly(2, 3);
        assertThat(paths.get(1).actors()).extracting(Actor::id)
                .containsExactly("anna", "state", "dmitri", "boris");
    }

    @Test
    void aRoleStepReadsAsTheTitleForwardsAndHasTitleBackwards() {
        ActorPath path = connections.shortest("state", "anna").orElseThrow();

        assertThat(path.steps()).singleElement().satisfies(step -> {
            assertThat(step.forward()).isFalse();
            assertThat(step.phrase()).isEqualTo("has President");
            assertThat(step.sentence()).isEqualTo("The President is anna.");
        });
    }

    @Test
    void unconnectedOrIdenticalActorsGiveNoPathRatherThanAnError() {
        assertThat(connections.paths("anna", "eve", 3)).isEmpty();
        assertThat(connections.shortest("eve", "anna")).isEmpty();
        assertThat(connections.paths("anna", "anna", 3)).isEmpty();
    }

    @Test
    void unknownActorsAndNonPositiveLimitsAreRefused() {
        assertThatThrownBy(() -> connections.paths("anna", "zoe", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zoe");
        assertThatThrownBy(() -> connections.paths("anna", "boris", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zelenskyIsOneStepFromPutinAndTheNextPathsRunThroughTwoActors() {
        List<ActorPath> paths = new Connections(Istanbul.GRAPH).paths("zelensky", "putin", 3);

        assertThat(paths).extracting(ActorPath::length).containsExactly(1, 2, 2);
        Step direct = paths.get(0).steps().get(0);
        assertThat(direct.link().id()).isEqualTo("zelensky-criticised-putin");
        assertThat(direct.phrase()).isEqualTo("criticised");
        assertThat(direct.sentence()).startsWith("Russian President Vladimir Putin, who proposed the talks")
                .contains("sharply criticised by Zelensky");
    }

    @Test
    void kelloggReachesMedinskyInThreeStepsEachRestingOnItsSentence() {
        List<ActorPath> paths = new Connections(Istanbul.GRAPH).paths("kellogg", "medinsky", 5);

        assertThat(paths).hasSize(5);
        assertThat(paths.get(0).length()).isEqualTo(3);
        assertThat(paths).extracting(ActorPath::length).isSorted();
        var source = Istanbul.GRAPH.dataset().sources().get(0);
        for (ActorPath path : paths) {
            assertThat(path.from().id()).isEqualTo("kellogg");
            assertThat(path.to().id()).isEqualTo("medinsky");
            for (Step step : path.steps()) {
                Span sentence = source.sentenceAround(step.evidence());
                assertThat(step.evidence().within(sentence)).isTrue();
                assertThat(step.sentence()).isEqualTo(source.excerpt(sentence));
            }
        }
    }
}
