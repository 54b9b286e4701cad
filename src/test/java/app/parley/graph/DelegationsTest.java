package app.parley.graph;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Rank;
import app.parley.model.RelationType;
import app.parley.model.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelegationsTest {

    /** A low-level team led by an envoy without rank, and a team led by a minister. */
    private static final ActorGraph GRAPH = TinyGraph.create()
            .actor("north", "North", ActorKind.STATE, Side.RUSSIA)
            .actor("team", "North team", ActorKind.DELEGATION, Side.RUSSIA)
            .actor("south-team", "South team", ActorKind.DELEGATION, Side.UKRAINE)
            .person("boss", "Boss", Side.RUSSIA)
            .person("envoy", "Envoy", Side.RUSSIA)
            .person("deputy", "Deputy", Side.RUSSIA)
            .person("spy", "Spy", Side.RUSSIA)
            .person("aide", "Aide", Side.RUSSIA)
            .person("minister", "Minister", Side.UKRAINE)
            .role("boss-president", "boss", "President", "north", Rank.HEAD_OF_STATE)
            .role("envoy-head", "envoy", "head of talks", "team", null)
            .role("deputy-role", "deputy", "Deputy Minister", "north", Rank.DEPUTY_MINISTER)
            .role("spy-role", "spy", "spy chief", "north", Rank.AGENCY_HEAD)
            .role("aide-role", "aide", "note taker", "team", Rank.OFFICIAL)
            .role("minister-role", "minister", "Defence Minister", null, Rank.MINISTER)
            .relation("envoy", RelationType.LEADS, "team")
            .relation("deputy", RelationType.MEMBER_OF, "team")
            .relation("spy", RelationType.MEMBER_OF, "team")
            .relation("team", RelationType.REPRESENTS, "north")
            .relation("boss", RelationType.SENT, "team")
            .relation("boss", RelationType.GAVE_MANDATE_TO, "deputy")
            .relation("minister", RelationType.LEADS, "south-team")
            .graph();

    @Test
    void aSenderOrStateNamedByTwoLinksIsListedOnce() {
        ActorGraph twice = TinyGraph.create()
                .actor("north", "North", ActorKind.STATE, Side.RUSSIA)
                .actor("team", "North team", ActorKind.DELEGATION, Side.RUSSIA)
                .person("boss", "Boss", Side.RUSSIA)
                .relation("team", RelationType.REPRESENTS, "north")
                .relation("team", RelationType.REPRESENTS, "north")
                .relation("boss", RelationType.SENT, "team")
                .relation("boss", RelationType.SENT, "team")
                .graph();

        DelegationSummary team = Delegations.of(twice).get(0);

        assertThat(team.senders()).extracting(Actor::id).containsExactly("boss");
        assertThat(team.represents()).extracting(Actor::id).containsExactly("north");
    }

    @Test
    void aSummaryNamesLeadersMembersSendersMandatesAndTheStateRepresented() {
        DelegationSummary team = Delegations.of(GRAPH).get(0);

        assertThat(team.delegation().id()).isEqualTo("team");
        assertThat(team.leaders()).extracting(d -> d.person().id()).containsExactly("envoy");
        assertThat(team.members()).extracting(d -> d.person().id()).containsExactly("deputy", "spy", "aide");
        assertThat(team.represents()).extracting(Actor::id).containsExactly("north");
        assertThat(team.senders()).extracting(Actor::id).containsExactly("boss");
        assertThat(team.mandates()).singleElement().satisfies(m -> {
            assertThat(m.giver().id()).isEqualTo("boss");
            assertThat(m.recipient().id()).isEqualTo("deputy");
        });
    }

    @Test
    void eachPersonsBestRankIsTheLowestTierAmongTheirRoles() {
        DelegationSummary team = Delegations.of(GRAPH).get(0);

        assertThat(team.delegates()).extracting(d -> d.bestRank().orElse(null))
                .containsExactly(null, Rank.DEPUTY_MINISTER, Rank.AGENCY_HEAD, Rank.OFFICIAL);
        assertThat(team.leaders().get(0).roles()).extracting(r -> r.title()).containsExactly("head of talks");
    }

    @Test
    void seniorityShowsALowLevelTeamAgainstOneLedByAMinister() {
        List<DelegationSummary> summaries = Delegations.of(GRAPH);
        DelegationSummary low = summaries.get(0);
        DelegationSummary high = summaries.get(1);

        assertThat(low.highestRank()).contains(Rank.DEPUTY_MINISTER);
        assertThat(low.leaderRank()).isEmpty();
        assertThat(low.ledByMinisterOrAbove()).isFalse();
        assertThat(low.ministerPresent()).isFalse();
        assertThat(low.headOfStatePresent()).isFalse();
        assertThat(low.verdict()).isEqualTo("highest rank: deputy minister (tier 3); led by a minister: no; "
                + "head of state present: no; minister present: no");
        assertThat(high.highestRank()).contains(Rank.MINISTER);
        assertThat(high.ledByMinisterOrAbove()).isTrue();
        assertThat(high.verdict()).isEqualTo("highest rank: minister (tier 2); led by a minister: yes; "
                + "head of state present: no; minister present: yes");
    }

    @Test
    void russiaSentALowerLevelTeamThanUkraineAndTurkey() {
        List<DelegationSummary> summaries = Delegations.of(Istanbul.GRAPH);

        assertThat(summaries).extracting(s -> s.delegation().id())
                .containsExactly("russian-delegation", "ukrainian-delegation", "turkish-delegation");
        DelegationSummary russia = summaries.get(0);
        assertThat(russia.leaders()).extracting(d -> d.person().id()).containsExactly("medinsky");
        assertThat(russia.leaderRank()).isEmpty();
        assertThat(russia.members()).extracting(d -> d.person().id()).containsExactly("fomin", "galuzin",
                "kostyukov");
        assertThat(russia.highestRank().map(Rank::tier)).contains(3);
        assertThat(russia.ledByMinisterOrAbove()).isFalse();
        assertThat(russia.senders()).extracting(Actor::id).containsExactly("putin");
        assertThat(russia.mandates()).extracting(m -> m.giver().id()).containsExactly("putin");
        assertThat(russia.mandates().get(0).sentence()).isEqualTo("He defended the authority of his delegation, "
                + "saying they had received a mandate from Putin “to find possible solutions and points of contact”.");
        assertThat(russia.represents()).extracting(Actor::id).containsExactly("russia");

        DelegationSummary ukraine = summaries.get(1);
        assertThat(ukraine.leaders()).extracting(d -> d.person().id()).containsExactly("umerov");
        assertThat(ukraine.leaderRank()).contains(Rank.MINISTER);
        assertThat(ukraine.highestRank().map(Rank::tier)).contains(2);
        assertThat(ukraine.ledByMinisterOrAbove()).isTrue();

        DelegationSummary turkey = summaries.get(2);
        assertThat(turkey.members()).extracting(d -> d.person().id()).containsExactly("fidan", "kalin");
        assertThat(turkey.ministerPresent()).isTrue();
        assertThat(turkey.represents()).extracting(Actor::id).containsExactly("turkey");
    }
}
