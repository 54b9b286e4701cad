package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.graph.ActorGraph;
import app.parley.model.ActorKind;
import app.parley.model.Rank;
import app.parley.model.RelationType;
import app.parley.model.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableLayoutTest {

    private final ActorGraph istanbul = Datasets.istanbul();
    private final LayoutGraph graph = Datasets.uniformBoxes(istanbul);
    private final LayoutModel model = layOut(istanbul, graph);

    private static LayoutModel layOut(ActorGraph actors, LayoutGraph graph) {
        LayoutModel model = new LayoutModel(graph.vertexCount());
        new TableLayout(TablePlan.of(actors)).apply(graph, model, LayoutMonitor.NONE);
        return model;
    }

    private double x(String id) {
        return model.x(istanbul.indexOf(id));
    }

    private double y(String id) {
        return model.y(istanbul.indexOf(id));
    }

    private Backdrop table() {
        return model.backdrops().stream().filter(b -> b.kind() == Backdrop.Kind.TABLE).findFirst().orElseThrow();
    }

    @Test
    void tableLayoutSeatsTheMediatorAtTheTopCentreAboveTheTable() {
        Backdrop table = table();

        assertThat(x("fidan")).isEqualTo(table.x() + table.width() / 2);
        assertThat(y("fidan") + Datasets.HEIGHT / 2).isLessThan(table.y());
        assertThat(y("kalin")).isEqualTo(y("fidan"));
        assertThat(x("turkey")).isEqualTo(x("fidan"));
        assertThat(y("turkey")).isLessThan(y("fidan"));
    }

    @Test
    void tableLayoutSeatsTheDelegationsOnOppositeSidesLeadersInTheMiddle() {
        Backdrop table = table();
        double left = table.x();
        double right = table.x() + table.width();
        double middle = table.y() + table.height() / 2;

        for (String russian : List.of("medinsky", "fomin", "galuzin", "kostyukov")) {
            assertThat(x(russian) + Datasets.WIDTH / 2).as(russian).isLessThan(left);
            assertThat(y(russian)).as(russian).isBetween(table.y(), table.y() + table.height());
        }
        assertThat(x("umerov") - Datasets.WIDTH / 2).isGreaterThan(right);
        assertThat(y("medinsky")).isEqualTo(middle);
        assertThat(y("umerov")).isEqualTo(middle);
        assertThat(x("russian-delegation")).isBetween(left, right);
        assertThat(x("ukrainian-delegation")).isBetween(x("russian-delegation"), right);
    }

    @Test
    void tableLayoutSeatsPutinAndZelenskyBehindTheirDelegations() {
        assertThat(x("putin")).isLessThan(x("medinsky") - Datasets.WIDTH);
        assertThat(x("zelensky")).isGreaterThan(x("umerov") + Datasets.WIDTH);
        assertThat(x("yermak")).isEqualTo(x("zelensky"));
    }

    @Test
    void tableLayoutLeavesNoOverlapsAndFitsAProjector() {
        double[] bounds = Boxes.bounds(graph, model, java.util.stream.IntStream.range(0, graph.vertexCount())
                .toArray());
        double width = bounds[2] - bounds[0];
        double height = bounds[3] - bounds[1];

        assertThat(Boxes.overlaps(graph, model)).isEmpty();
        assertThat(Math.min(1920 / width, 1080 / height)).as("zoom when fitted to 1920x1080").isGreaterThan(0.7);
    }

    @Test
    void tableLayoutIsShapedForTheMapsOfSmallScreensNotWideAndFlat() {
        double[] bounds = Boxes.bounds(graph, model, java.util.stream.IntStream.range(0, graph.vertexCount())
                .toArray());
        double aspect = (bounds[2] - bounds[0]) / (bounds[3] - bounds[1]);

        assertThat(aspect).as("width over height, between the maps of 1024x700 (1.34) and 1366x768 (1.65)")
                .isBetween(1.2, 1.7);
    }

    @Test
    void tableLayoutDrawsTheTableAndALabelledZonePerRemainingCamp() {
        assertThat(model.backdrops()).filteredOn(b -> b.kind() == Backdrop.Kind.ZONE).extracting(Backdrop::label)
                .containsExactlyInAnyOrder("Turkey", "Ukraine", "United States", "Europe / NATO", "Other");
        Backdrop usa = model.backdrops().stream().filter(b -> b.label().equals("United States")).findFirst()
                .orElseThrow();
        assertThat(x("trump")).isBetween(usa.x(), usa.x() + usa.width());
        assertThat(y("trump")).isBetween(usa.y(), usa.y() + usa.height());
        assertThat(usa.y()).isGreaterThan(table().y() + table().height());
    }

    @Test
    void tableLayoutIsTheSameEveryTime() {
        LayoutModel again = layOut(istanbul, graph);

        assertThat(again.samePositions(model)).isTrue();
        assertThat(again.backdrops()).isEqualTo(model.backdrops());
    }

    @Test
    void tableLayoutSeatsAHandMadeNegotiation() {
        ActorGraph actors = new Datasets.Builder()
                .actor("west", ActorKind.DELEGATION, Side.UKRAINE).actor("east", ActorKind.DELEGATION, Side.RUSSIA)
                .actor("host", ActorKind.PERSON, Side.TURKEY).actor("w-lead", ActorKind.PERSON, Side.UKRAINE)
                .actor("e-lead", ActorKind.PERSON, Side.RUSSIA).actor("e1", ActorKind.PERSON, Side.RUSSIA)
                .actor("e2", ActorKind.PERSON, Side.RUSSIA).actor("w-state", ActorKind.STATE, Side.UKRAINE)
                .actor("w-president", ActorKind.PERSON, Side.UKRAINE).actor("e-boss", ActorKind.PERSON, Side.RUSSIA)
                .actor("onlooker", ActorKind.PERSON, Side.UNITED_STATES)
                .relation("host", RelationType.MEDIATES, "west").relation("host", RelationType.MEDIATES, "east")
                .relation("w-lead", RelationType.LEADS, "west").relation("e-lead", RelationType.LEADS, "east")
                .relation("e1", RelationType.MEMBER_OF, "east").relation("e2", RelationType.MEMBER_OF, "east")
                .relation("west", RelationType.REPRESENTS, "w-state").role("w-president", "w-state", Rank.HEAD_OF_STATE)
                .relation("e-boss", RelationType.SENT, "east").graph();
        LayoutGraph small = LayoutGraph.of(actors, new double[] {90, 90, 120, 200, 80, 80, 80, 100, 150, 90, 110},
                new double[] {40, 40, 50, 60, 40, 40, 40, 40, 50, 40, 40});

        LayoutModel seats = layOut(actors, small);

        Backdrop table = seats.backdrops().get(0);
        double middle = table.y() + table.height() / 2;
        assertThat(table.kind()).isEqualTo(Backdrop.Kind.TABLE);
        assertThat(seats.x(2)).isEqualTo(table.x() + table.width() / 2);
        assertThat(seats.y(2)).isLessThan(table.y());
        assertThat(seats.y(3)).isEqualTo(middle);
        assertThat(seats.y(4)).isEqualTo(middle);
        assertThat(seats.x(3)).as("west leader on the left").isLessThan(table.x());
        assertThat(seats.x(4)).as("east leader on the right").isGreaterThan(table.x() + table.width());
        assertThat(seats.y(5)).isLessThan(middle);
        assertThat(seats.y(6)).isGreaterThan(middle);
        assertThat(seats.x(8)).as("president behind the west").isLessThan(seats.x(3) - 100);
        assertThat(seats.x(9)).as("sender behind the east").isGreaterThan(seats.x(4) + 40);
        assertThat(seats.backdrops()).extracting(Backdrop::label).contains("United States");
        assertThat(Boxes.overlaps(small, seats)).isEmpty();
    }

    @Test
    void tableLayoutWithoutATableStillPlacesEveryoneInZones() {
        ActorGraph actors = new Datasets.Builder().actor("a", ActorKind.PERSON, Side.UKRAINE)
                .actor("b", ActorKind.STATE, Side.RUSSIA).actor("c", ActorKind.PERSON, Side.RUSSIA)
                .actor("d", ActorKind.PERSON, Side.OTHER).relation("a", RelationType.CRITICISED, "b").graph();
        LayoutGraph small = Datasets.uniformBoxes(actors);

        LayoutModel zones = layOut(actors, small);

        assertThat(zones.backdrops()).extracting(Backdrop::kind).containsOnly(Backdrop.Kind.ZONE);
        assertThat(zones.backdrops()).hasSize(3);
        assertThat(Boxes.overlaps(small, zones)).isEmpty();
    }

    @Test
    void tableLayoutSeatsEveryActorOfArbitraryDatasetsOnceWithoutOverlaps() {
        for (long seed = 0; seed < 300; seed++) {
            ActorGraph actors = Datasets.random(seed);
            TablePlan plan = TablePlan.of(actors);
            List<Integer> everyone = new ArrayList<>(plan.head());
            if (plan.headCard() >= 0) {
                everyone.add(plan.headCard());
            }
            for (TablePlan.Seating side : plan.sides()) {
                everyone.add(side.card());
                if (side.leader() >= 0) {
                    everyone.add(side.leader());
                }
                everyone.addAll(side.members());
                everyone.addAll(side.backRow());
            }
            plan.zones().forEach(zone -> everyone.addAll(zone.vertices()));
            LayoutGraph boxes = Datasets.uniformBoxes(actors);

            LayoutModel seats = new LayoutModel(actors.size());
            new TableLayout(plan).apply(boxes, seats, LayoutMonitor.NONE);

            assertThat(everyone).as("seed " + seed).hasSize(actors.size()).doesNotHaveDuplicates();
            assertThat(Boxes.overlaps(boxes, seats)).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void tableLayoutLeavesPinnedVerticesWhereTheyAre() {
        LayoutModel pinned = new LayoutModel(graph.vertexCount());
        pinned.set(istanbul.indexOf("putin"), 3, 4);
        pinned.pin(istanbul.indexOf("putin"), true);

        new TableLayout(TablePlan.of(istanbul)).apply(graph, pinned, LayoutMonitor.NONE);

        assertThat(pinned.x(istanbul.indexOf("putin"))).isEqualTo(3.0);
        assertThat(pinned.y(istanbul.indexOf("putin"))).isEqualTo(4.0);
        assertThat(pinned.x(istanbul.indexOf("fidan"))).isEqualTo(x("fidan"));
    }

    @Test
    void tableLayoutRefusesAGraphThePlanWasNotMadeFor() {
        TableLayout layout = new TableLayout(TablePlan.of(istanbul));
        LayoutGraph other = LayoutGraph.uniform(3, new int[0], new int[0], 10, 10);

        assertThatThrownBy(() -> layout.apply(other, new LayoutModel(3), LayoutMonitor.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The plan is for 37 vertices but the graph has 3 and the model 3");
    }
}
