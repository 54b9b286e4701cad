package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.layout.TablePlan.Placement;
import app.parley.layout.TablePlan.Seating;
import app.parley.layout.TablePlan.Zone;
import app.parley.model.ActorKind;
import app.parley.model.Side;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TablePlanTest {

    private final ActorGraph istanbul = Datasets.istanbul();
    private final TablePlan plan = TablePlan.of(istanbul);

    private List<String> ids(List<Integer> vertices) {
        return vertices.stream().map(v -> istanbul.actors().get(v).id()).collect(Collectors.toList());
    }

    private String id(int v) {
        return istanbul.actors().get(v).id();
    }

    @Test
    void tablePlanSeatsFidanAtTheHeadWithKalinAndTheTurkishDelegation() {
        assertThat(ids(plan.head())).containsExactly("fidan", "kalin");
        assertThat(id(plan.headCard())).isEqualTo("turkish-delegation");
    }

    @Test
    void tablePlanPutsTheRussianDelegationLeftAndTheUkrainianRight() {
        Seating left = plan.sides().get(0);
        Seating right = plan.sides().get(1);

        assertThat(plan.sides()).hasSize(2);
        assertThat(id(left.card())).isEqualTo("russian-delegation");
        assertThat(id(left.leader())).isEqualTo("medinsky");
        assertThat(ids(left.members())).containsExactly("fomin", "galuzin", "kostyukov");
        assertThat(id(right.card())).isEqualTo("ukrainian-delegation");
        assertThat(id(right.leader())).isEqualTo("umerov");
        assertThat(right.members()).isEmpty();
    }

    @Test
    void tablePlanSeatsThoseEachDelegationAnswersToBehindIt() {
        assertThat(ids(plan.sides().get(0).backRow())).containsExactly("russia", "putin", "peskov", "kremlin");
        assertThat(ids(plan.sides().get(1).backRow())).containsExactly("ukraine", "zelensky", "yermak");
    }

    @Test
    void tablePlanGroupsEveryoneElseByCamp() {
        Map<String, Zone> zones = plan.zones().stream().collect(Collectors.toMap(Zone::label, z -> z));

        assertThat(zones.keySet()).containsExactlyInAnyOrder("Ukraine", "Turkey", "United States", "Europe / NATO",
                "Other");
        assertThat(zones.get("Ukraine").placement()).isEqualTo(Placement.RIGHT);
        assertThat(ids(zones.get("Ukraine").vertices()))
                .containsExactly("ukrainian-diplomatic-source", "another-ukrainian-source");
        assertThat(zones.get("Turkey").placement()).isEqualTo(Placement.HEAD);
        assertThat(zones.get("United States").placement()).isEqualTo(Placement.FOOT);
        assertThat(ids(zones.get("United States").vertices()).get(0)).isEqualTo("united-states");
        assertThat(zones.get("Europe / NATO").vertices()).hasSize(10);
    }

    @Test
    void tablePlanPlacesEveryActorExactlyOnce() {
        List<Integer> all = new java.util.ArrayList<>(plan.head());
        all.add(plan.headCard());
        for (Seating side : plan.sides()) {
            all.add(side.card());
            all.add(side.leader());
            all.addAll(side.members());
            all.addAll(side.backRow());
        }
        plan.zones().forEach(z -> all.addAll(z.vertices()));

        assertThat(all).hasSize(istanbul.size()).doesNotHaveDuplicates();
    }

    @Test
    void tablePlanWithoutMediatorOrDelegationsHasOnlyZonesAtTheFoot() {
        ActorGraph graph = new Datasets.Builder().actor("a", ActorKind.PERSON, Side.UKRAINE)
                .actor("b", ActorKind.STATE, Side.RUSSIA).actor("c", ActorKind.PERSON, Side.OTHER).graph();

        TablePlan bare = TablePlan.of(graph);

        assertThat(bare.hasTable()).isFalse();
        assertThat(bare.zones()).extracting(Zone::placement).containsOnly(Placement.FOOT);
        assertThat(bare.zones()).extracting(Zone::label).containsExactly("Ukraine", "Russia", "Other");
    }
}
