package app.parley.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Rank;
import app.parley.model.RelationType;
import app.parley.model.Side;
import org.junit.jupiter.api.Test;

class AuthorityChainTest {

    /**
     * North's team: a member, a leader; sent by North's president. South's team represents South, whose president
     * is Sue. A critic criticised the president, which is no authority.
     */
    private static final ActorGraph GRAPH = TinyGraph.create()
            .actor("north", "North", ActorKind.STATE, Side.RUSSIA)
            .actor("north-team", "North team", ActorKind.DELEGATION, Side.RUSSIA)
            .person("nick", "Nick", Side.RUSSIA)
            .person("member", "Member", Side.RUSSIA)
            .actor("south", "South", ActorKind.STATE, Side.UKRAINE)
            .actor("south-team", "South team", ActorKind.DELEGATION, Side.UKRAINE)
            .person("sue", "Sue", Side.UKRAINE)
            .person("lead", "Lead", Side.UKRAINE)
            .person("critic", "Critic", Side.OTHER)
            .role("nick-president", "nick", "President", "north", Rank.HEAD_OF_STATE)
            .role("sue-president", "sue", "President", "south", Rank.HEAD_OF_STATE)
            .relation("member", RelationType.MEMBER_OF, "north-team")
            .relation("north-team", RelationType.REPRESENTS, "north")
            .relation("nick", RelationType.SENT, "north-team")
            .relation("lead", RelationType.LEADS, "south-team")
            .relation("south-team", RelationType.REPRESENTS, "south")
            .relation("critic", RelationType.CRITICISED, "nick")
            .graph();

    private final AuthorityChain chains = new AuthorityChain(GRAPH);

    @Test
    void aMemberAnswersToThePresidentWhoSentTheTeam() {
        ActorPath chain = chains.from("member").orElseThrow();

        assertThat(chain.actors()).extracting(Actor::id).containsExactly("member", "north-team", "nick");
        assertThat(chain.steps()).extracting(Step::phrase).containsExactly("member of", "was sent by");
        assertThat(chain.steps()).extracting(Step::forward).containsExactly(true, false);
    }

    @Test
    void aLeaderAnswersThroughTheStateHisTeamRepresentsToItsHeadOfState() {
        ActorPath chain = chains.from("lead").orElseThrow();

        assertThat(chain.actors()).extracting(Actor::id).containsExactly("lead", "south-team", "south", "sue");
        assertThat(chain.steps()).extracting(Step::phrase).containsExactly("leads", "represents", "has President");
    }

    @Test
    void aHeadOfStateIsAChainOfNoSteps() {
        ActorPath chain = chains.from("nick").orElseThrow();

        assertThat(chain.steps()).isEmpty();
        assertThat(chain.to().id()).isEqualTo("nick");
        assertThat(chains.isHeadOfState("nick")).isTrue();
    }

    @Test
    void criticismIsNoChainOfAuthority() {
        assertThat(chains.from("critic")).isEmpty();
    }

    @Test
    void unknownActorsAreRefused() {
        assertThatThrownBy(() -> chains.from("nobody")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fominReachesPutinThroughTheDelegationPutinSent() {
        ActorPath chain = new AuthorityChain(Istanbul.GRAPH).from("fomin").orElseThrow();

        assertThat(chain.actors()).extracting(Actor::id).containsExactly("fomin", "russian-delegation", "putin");
        assertThat(chain.steps()).extracting(s -> s.link().id())
                .containsExactly("fomin-member-of-russian-delegation", "putin-sent-russian-delegation");
        assertThat(chain.steps().get(1).alternatives()).extracting(Link::id)
                .containsExactly("putin-gave-mandate-to-russian-delegation");
    }

    @Test
    void umerovReachesZelenskyThroughUkraine() {
        ActorPath chain = new AuthorityChain(Istanbul.GRAPH).from("umerov").orElseThrow();

        assertThat(chain.actors()).extracting(Actor::id)
                .containsExactly("umerov", "ukrainian-delegation", "ukraine", "zelensky");
        assertThat(chain.steps()).extracting(Step::phrase).containsExactly("leads", "represents", "has President");
    }

    @Test
    void envoysAnswerToWhomeverTheySpeakForAndTurkeyHasNoHeadOfStateInTheArticle() {
        AuthorityChain istanbul = new AuthorityChain(Istanbul.GRAPH);

        assertThat(istanbul.from("kellogg").orElseThrow().to().id()).isEqualTo("trump");
        assertThat(istanbul.from("kalin")).isEmpty();
    }
}
