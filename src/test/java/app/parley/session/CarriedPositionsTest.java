package app.parley.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.io.DatasetReader;
import app.parley.layout.LayoutModel;
import app.parley.model.ActorKind;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.RelationType;
import app.parley.model.Side;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarriedPositionsTest {

    private static final Dataset ISTANBUL = DatasetReader.istanbul();

    private static LayoutModel spread(ActorGraph graph) {
        LayoutModel model = new LayoutModel(graph.size());
        for (int v = 0; v < graph.size(); v++) {
            model.set(v, v * 10, -v * 5);
        }
        return model;
    }

    @Test
    void cardsStayWhereTheyWereWhenAnActorIsDeleted() throws EditRefused {
        ActorGraph before = ActorGraph.of(ISTANBUL);
        LayoutModel positions = spread(before);
        MapSession session = new MapSession(ISTANBUL, Path.of("map.json"));
        session.execute(new DeleteActor("fidan"));
        ActorGraph after = ActorGraph.of(session.dataset());

        LayoutModel carried = CarriedPositions.carry(before, positions, after);

        assertThat(carried.size()).isEqualTo(before.size() - 1);
        for (int v = 0; v < after.size(); v++) {
            int old = before.indexOf(after.actors().get(v).id());
            assertThat(carried.x(v)).isEqualTo(positions.x(old));
            assertThat(carried.y(v)).isEqualTo(positions.y(old));
            assertThat(carried.pinned(v)).isFalse();
        }
    }

    @Test
    void aNewActorGoesBesideTheActorsItIsLinkedToAndAPlacedOneWhereItWasPut() throws EditRefused {
        ActorGraph before = ActorGraph.of(ISTANBUL);
        LayoutModel positions = spread(before);
        MapSession session = new MapSession(ISTANBUL, Path.of("map.json"));
        String linked = session.execute(new AddActor("Ayşe Yılmaz", ActorKind.PERSON, Side.TURKEY)).createdId();
        var evidence = ISTANBUL.relations().get(0).evidence();
        session.execute(new AddRelation(linked, RelationType.MET_WITH, "umerov", evidence));
        String placed = session.execute(new AddActor("Łukasz Wójcik", ActorKind.PERSON, Side.EUROPE_NATO,
                List.of(), new CardPosition(-300, 42))).createdId();
        ActorGraph after = ActorGraph.of(session.dataset());

        LayoutModel carried = CarriedPositions.carry(before, positions, after);

        int umerov = before.indexOf("umerov");
        int v = after.indexOf(linked);
        assertThat(Math.hypot(carried.x(v) - positions.x(umerov), carried.y(v) - positions.y(umerov)))
                .isLessThan(200);
        assertThat(carried.pinned(v)).isFalse();
        int w = after.indexOf(placed);
        assertThat(carried.x(w)).isEqualTo(-300);
        assertThat(carried.y(w)).isEqualTo(42);
        assertThat(carried.pinned(w)).isTrue();
    }
}
