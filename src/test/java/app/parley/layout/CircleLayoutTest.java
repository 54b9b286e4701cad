package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.parley.graph.ActorGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class CircleLayoutTest {

    private static final LayoutGraph TRIANGLE = LayoutGraph.uniform(3, new int[] {0, 1}, new int[] {1, 2}, 40, 20);

    @Test
    void circleLayoutPutsThreeVerticesClockwiseFromTheTop() {
        LayoutModel model = new LayoutModel(3);

        CircleLayout.withRadius(100).apply(TRIANGLE, model, LayoutMonitor.NONE);

        assertThat(model.x(0)).isEqualTo(0.0);
        assertThat(model.y(0)).isEqualTo(-100.0);
        assertThat(model.x(1)).isCloseTo(86.602540378, within(1e-9));
        assertThat(model.y(1)).isCloseTo(50.0, within(1e-9));
        assertThat(model.x(2)).isCloseTo(-86.602540378, within(1e-9));
        assertThat(model.y(2)).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void circleLayoutVisitsTheVerticesInTheGivenOrder() {
        LayoutModel model = new LayoutModel(3);

        CircleLayout.withRadius(100, new int[] {2, 0, 1}).apply(TRIANGLE, model, LayoutMonitor.NONE);

        assertThat(model.y(2)).isEqualTo(-100.0);
        assertThat(model.x(0)).isCloseTo(86.602540378, within(1e-9));
        assertThat(model.x(1)).isCloseTo(-86.602540378, within(1e-9));
    }

    @Test
    void circleLayoutRefusesARadiusThatIsNotPositive() {
        assertThatThrownBy(() -> CircleLayout.withRadius(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Radius must be positive");
        assertThatThrownBy(() -> CircleLayout.withRadius(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Radius must be positive");
    }

    @Test
    void circleLayoutRefusesAnOrderThatIsNotAPermutation() {
        assertThatThrownBy(() -> CircleLayout.fitted(new int[] {0, 0, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Order must be a permutation of 0..2");
    }

    @Test
    void circleLayoutRefusesAnOrderOfAnotherSize() {
        CircleLayout layout = CircleLayout.fitted(new int[] {1, 0});

        assertThatThrownBy(() -> layout.apply(TRIANGLE, new LayoutModel(3), LayoutMonitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Order has 2 vertices but the graph has 3");
    }

    @Test
    void fittedCircleKeepsTheIstanbulLabelsApart() {
        ActorGraph actors = Datasets.istanbul();
        LayoutGraph graph = Datasets.uniformBoxes(actors);
        LayoutModel model = new LayoutModel(graph.vertexCount());

        CircleLayout.fitted(CampOrder.of(actors)).apply(graph, model, LayoutMonitor.NONE);

        assertThat(Boxes.overlaps(graph, model)).isEmpty();
        int first = CampOrder.of(actors)[0];
        double radius = -model.y(first);
        assertThat(model.x(first)).as("the first at the top").isCloseTo(0, within(1e-6));
        assertThat(radius).as("one ellipse, not a spiral").isGreaterThan(500).isLessThan(4000);
        for (int v = 0; v < graph.vertexCount(); v++) {
            assertThat(Math.hypot(model.x(v) / CircleLayout.ASPECT, model.y(v))).isCloseTo(radius, within(1e-6));
        }
    }

    @Test
    void fittedCircleGivesWideBoxesMoreOfTheEllipseWhereItRunsAcross() {
        int n = 24;
        LayoutGraph graph = LayoutGraph.uniform(n, new int[0], new int[0], 200, 40);
        LayoutModel model = new LayoutModel(n);

        CircleLayout.fitted().apply(graph, model, LayoutMonitor.NONE);

        double acrossTheTop = Math.atan2(model.x(1) / CircleLayout.ASPECT, -model.y(1));
        double downTheSide = Math.atan2(model.x(n / 4 + 1) / CircleLayout.ASPECT, -model.y(n / 4 + 1))
                - Math.atan2(model.x(n / 4) / CircleLayout.ASPECT, -model.y(n / 4));
        assertThat(acrossTheTop).as("angle from the first to the second, at the top")
                .isGreaterThan(2 * Math.abs(downTheSide));
        assertThat(model.x(1)).as("clockwise").isPositive();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                boolean apartAcross = Math.abs(model.x(a) - model.x(b)) >= NameRoom.GROWTH_X * 200
                        + CircleLayout.GAP - 1e-6;
                boolean apartDown = Math.abs(model.y(a) - model.y(b)) >= NameRoom.GROWTH_Y * 40
                        + CircleLayout.GAP - 1e-6;
                assertThat(apartAcross || apartDown).as("room for the names of %d and %d", a, b).isTrue();
            }
        }
    }

    @Test
    void fittedCircleKeepsRoomForTheNamesOverTheOutermostCards() {
        int n = 12;
        LayoutGraph graph = LayoutGraph.uniform(n, new int[0], new int[0], 100, 40);
        LayoutModel model = new LayoutModel(n);

        CircleLayout.fitted().apply(graph, model, LayoutMonitor.NONE);

        assertThat(model.backdrops()).hasSize(1);
        Backdrop room = model.backdrops().get(0);
        assertThat(room.kind()).isEqualTo(Backdrop.Kind.ROOM);
        for (int v = 0; v < n; v++) {
            assertThat(room.x()).isLessThanOrEqualTo(model.x(v) - NameRoom.GROWTH_X * 50 + 1e-6);
            assertThat(room.x() + room.width())
                    .isGreaterThanOrEqualTo(model.x(v) + NameRoom.GROWTH_X * 50 - 1e-6);
            assertThat(room.y()).isLessThanOrEqualTo(model.y(v) - NameRoom.GROWTH_Y * 20 + 1e-6);
            assertThat(room.y() + room.height())
                    .isGreaterThanOrEqualTo(model.y(v) + NameRoom.GROWTH_Y * 20 - 1e-6);
        }
    }

    @Test
    void fittedCircleOfVeryManyVerticesUsesRingsWithoutOverlaps() {
        int n = 600;
        LayoutGraph graph = LayoutGraph.uniform(n, new int[0], new int[0], 120, 40);
        LayoutModel model = new LayoutModel(n);

        CircleLayout.fitted().apply(graph, model, LayoutMonitor.NONE);

        assertThat(Boxes.overlaps(graph, model)).isEmpty();
        double inner = Math.hypot(model.x(0), model.y(0));
        double outer = Math.hypot(model.x(n - 1), model.y(n - 1));
        assertThat(outer).as("later vertices on outer rings").isGreaterThan(inner * 5);
    }

    @Test
    void circleLayoutLeavesPinnedVerticesAndClearsBackdrops() {
        LayoutModel model = new LayoutModel(3);
        model.set(1, 7, 8);
        model.pin(1, true);
        model.setBackdrops(List.of(new Backdrop(Backdrop.Kind.TABLE, 0, 0, 1, 1, "")));

        CircleLayout.withRadius(100).apply(TRIANGLE, model, LayoutMonitor.NONE);

        assertThat(model.x(1)).isEqualTo(7.0);
        assertThat(model.y(1)).isEqualTo(8.0);
        assertThat(model.backdrops()).isEmpty();
    }
}
