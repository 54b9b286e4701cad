package app.parley.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.io.DatasetReader;
import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.LayoutModel;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Role;
import app.parley.model.Side;
import app.parley.model.Span;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.EdgeShape;
import app.parley.render.scene.FixedMeasurer;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MapRedrawTest {

    private static final Theme THEME = Theme.LIGHT;

    private static final TextMeasurer MEASURER = new FixedMeasurer();

    /** A map as the window holds it: graph, positions, scene. */
    private static final class Drawn {
        PreparedGraph prepared;
        LayoutModel positions;
        Scene scene;
        int incremental;

        Drawn(Dataset dataset, long seed, double spread) {
            prepared = PreparedGraph.of(dataset, THEME, MEASURER);
            positions = prepared.emptyLayout();
            Random random = new Random(seed);
            for (int v = 0; v < positions.size(); v++) {
                positions.set(v, random.nextDouble() * spread, random.nextDouble() * spread * 0.6);
            }
            scene = prepared.scene(positions);
        }

        void redraw(Dataset edited) {
            MapRedraw.Redrawn redrawn = MapRedraw.after(prepared, positions, scene, edited);
            prepared = redrawn.prepared();
            positions = redrawn.positions();
            scene = redrawn.scene();
            incremental += redrawn.incremental() ? 1 : 0;
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void anySequenceOfEditsRedrawsTheSceneABuildFromScratchGives(long seed) throws EditRefused {
        Dataset start = SyntheticDataset.generate(SyntheticDataset.Settings.withEdges(120, 300, seed));
        Drawn drawn = new Drawn(start, seed, 2200);
        MapSession session = new MapSession(start, null);
        Random random = new Random(seed * 31);
        int steps = 60;
        for (int step = 0; step < steps; step++) {
            int choice = random.nextInt(12);
            if (choice == 10 && session.canUndo()) {
                session.undo();
            } else if (choice == 11 && session.canRedo()) {
                session.redo();
            } else {
                try {
                    session.execute(randomEdit(session.dataset(), random, step));
                } catch (EditRefused refused) {
                    continue;
                }
            }
            drawn.redraw(session.dataset());
            assertSameAsBuiltWhole(drawn, session.dataset(), "seed " + seed + ", step " + step);
        }
        while (session.canUndo()) {
            session.undo();
            drawn.redraw(session.dataset());
        }
        assertSameAsBuiltWhole(drawn, session.dataset(), "after undoing everything");
        assertThat(session.dataset()).isEqualTo(start);
        assertThat(drawn.incremental).as("redraws that changed the scene rather than building it").isGreaterThan(steps / 2);
    }

    @Test
    void anAddedActorWithALinkAppearsAtItsPlaceAndEverythingElseStays() throws EditRefused {
        Dataset istanbul = DatasetReader.istanbul();
        Drawn drawn = new Drawn(istanbul, 5, 1600);
        Scene before = drawn.scene;
        MapSession session = new MapSession(istanbul, null);
        String added = session.execute(new AddActor("Ayşe Yılmaz", ActorKind.PERSON, Side.TURKEY, List.of(),
                new CardPosition(-400, 250))).createdId();
        Relation evidence = istanbul.relations().get(0);
        session.execute(new AddRelation(added, RelationType.MET_WITH, "umerov", evidence.evidence()));

        drawn.redraw(session.dataset());

        assertThat(drawn.incremental).isEqualTo(1);
        NodeShape card = node(drawn.scene, added);
        assertThat(card.box().centerX()).isEqualTo(-400);
        assertThat(card.box().centerY()).isEqualTo(250);
        EdgeShape link = drawn.scene.edges().stream().filter(e -> e.from() == card.index()).findFirst().orElseThrow();
        assertThat(drawn.scene.nodes().get(link.to()).actorId()).isEqualTo("umerov");
        assertThat(drawn.scene.nodeAt(-400, 250)).map(NodeShape::actorId).contains(added);
        for (NodeShape old : before.nodes()) {
            assertThat(node(drawn.scene, old.actorId()).box()).isEqualTo(old.box());
        }
        Bounds damage = drawn.scene.damageSince(before).orElseThrow();
        assertThat(damage.contains(card.box().centerX(), card.box().centerY())).isTrue();
        assertSameAsBuiltWhole(drawn, session.dataset(), "added");
    }

    @Test
    void aDeletedActorTakesItsCardLinksAndLabelsWithIt() throws EditRefused {
        Dataset istanbul = DatasetReader.istanbul();
        Drawn drawn = new Drawn(istanbul, 6, 1600);
        Scene before = drawn.scene;
        List<String> itsLinks = before.edges().stream()
                .filter(e -> before.nodes().get(e.from()).actorId().equals("fidan")
                        || before.nodes().get(e.to()).actorId().equals("fidan"))
                .map(EdgeShape::linkId).toList();
        assertThat(itsLinks).isNotEmpty();
        MapSession session = new MapSession(istanbul, null);

        session.execute(new DeleteActor("fidan"));
        drawn.redraw(session.dataset());

        assertThat(drawn.incremental).isEqualTo(1);
        assertThat(drawn.scene.nodes()).extracting(NodeShape::actorId).doesNotContain("fidan");
        assertThat(drawn.scene.edges()).extracting(EdgeShape::linkId).doesNotContainAnyElementsOf(itsLinks);
        Bounds oldCard = node(before, "fidan").box();
        assertThat(drawn.scene.nodeAt(oldCard.centerX(), oldCard.centerY()).map(NodeShape::actorId))
                .isNotEqualTo(java.util.Optional.of("fidan"));
        assertThat(drawn.scene.damageSince(before).orElseThrow().contains(oldCard.centerX(), oldCard.centerY()))
                .isTrue();
        assertSameAsBuiltWhole(drawn, session.dataset(), "deleted");
    }

    @Test
    void aRenamedActorsCardIsMeasuredAgain() throws EditRefused {
        Dataset istanbul = DatasetReader.istanbul();
        Drawn drawn = new Drawn(istanbul, 7, 1600);
        double before = node(drawn.scene, "fidan").box().width();
        Actor fidan = istanbul.actors().stream().filter(a -> a.id().equals("fidan")).findFirst().orElseThrow();
        MapSession session = new MapSession(istanbul, null);

        session.execute(new EditActor("fidan", "Hakan Fidan, Minister of Foreign Affairs of Türkiye", fidan.kind(),
                fidan.side(), fidan.aliases()));
        drawn.redraw(session.dataset());

        NodeShape renamed = node(drawn.scene, "fidan");
        assertThat(drawn.incremental).isEqualTo(1);
        assertThat(renamed.card().lines().get(0).text()).isEqualTo("Hakan Fidan, Minister of Foreign Affairs of Türkiye");
        assertThat(renamed.box().width()).isGreaterThan(before);
        assertSameAsBuiltWhole(drawn, session.dataset(), "renamed");
    }

    @Test
    void everyActorKeepsItsVertexNumberThroughManyAddsDeletesUndosAndRedos() throws EditRefused {
        Dataset start = SyntheticDataset.generate(SyntheticDataset.Settings.withEdges(60, 120, 9));
        Drawn drawn = new Drawn(start, 9, 1800);
        MapSession session = new MapSession(start, null);
        Random random = new Random(99);
        Span evidence = start.relations().get(0).evidence();
        for (int step = 0; step < 160; step++) {
            int choice = random.nextInt(10);
            List<Actor> actors = session.dataset().actors();
            if (choice < 5) {
                String added = session.execute(new AddActor(random.nextBoolean() ? "Ayşe Yılmaz" : "Added " + step,
                        ActorKind.PERSON, Side.TURKEY)).createdId();
                session.execute(new AddRelation(added, RelationType.MET_WITH,
                        actors.get(random.nextInt(actors.size())).id(), evidence));
            } else if (choice < 7) {
                session.execute(new DeleteActor(actors.get(random.nextInt(actors.size())).id()));
            } else if (choice < 9 && session.canUndo()) {
                session.undo();
            } else if (session.canRedo()) {
                session.redo();
            }
            drawn.redraw(session.dataset());
            ActorGraph whole = ActorGraph.of(session.dataset());
            for (Actor actor : whole.actors()) {
                assertThat(drawn.prepared.graph().indexOf(actor.id())).as("step " + step + ": " + actor.id())
                        .isEqualTo(whole.indexOf(actor.id()));
            }
            assertThat(drawn.prepared.graph().indexOf("no-such-actor")).isEqualTo(-1);
        }
        assertSameAsBuiltWhole(drawn, session.dataset(), "after 160 steps");
        assertThat(drawn.incremental).as("redraws that changed the scene rather than building it").isGreaterThan(100);
    }

    @Test
    void theLegendLosesASideWithItsLastActorAndGainsItBackOnUndo() throws EditRefused {
        Dataset istanbul = DatasetReader.istanbul();
        Drawn drawn = new Drawn(istanbul, 8, 1600);
        Side rarest = istanbul.actors().stream().collect(Collectors.groupingBy(Actor::side, Collectors.counting()))
                .entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        List<String> itsActors = istanbul.actors().stream().filter(a -> a.side() == rarest).map(Actor::id).toList();
        MapSession session = new MapSession(istanbul, null);

        for (String actor : itsActors) {
            assertThat(drawn.prepared.legend().sides()).contains(rarest);
            session.execute(new DeleteActor(actor));
            drawn.redraw(session.dataset());
        }
        assertThat(drawn.prepared.legend().sides()).doesNotContain(rarest);
        assertSameAsBuiltWhole(drawn, session.dataset(), "its last actor deleted");
        session.undo();
        drawn.redraw(session.dataset());

        assertThat(drawn.incremental).isEqualTo(itsActors.size() + 1);
        assertThat(drawn.prepared.legend().sides()).contains(rarest);
        assertSameAsBuiltWhole(drawn, session.dataset(), "its last actor back");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void movedCardsRedrawTheSceneABuildFromScratchGives(long seed) {
        Dataset start = SyntheticDataset.generate(SyntheticDataset.Settings.withEdges(150, 400, seed));
        Drawn drawn = new Drawn(start, seed, 2200);
        Random random = new Random(seed * 17);
        for (int step = 0; step < 40; step++) {
            LayoutModel moved = drawn.positions.copy();
            for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
                int v = random.nextInt(moved.size());
                moved.set(v, moved.x(v) + random.nextInt(400) - 200, moved.y(v) + random.nextInt(300) - 150);
                moved.pin(v, true);
            }
            Scene before = drawn.scene;
            MapRedraw.Redrawn redrawn = MapRedraw.moved(drawn.prepared, before, moved);
            drawn.positions = redrawn.positions();
            drawn.scene = redrawn.scene();

            assertThat(redrawn.incremental()).as("step " + step).isTrue();
            assertThat(drawn.scene.damageSince(before)).as("step " + step).isPresent();
            assertSameAsBuiltWhole(drawn, start, "seed " + seed + ", move " + step);
        }
    }

    @Test
    void aGraphAlreadyEditedIsNotEditedTwice() throws EditRefused {
        Dataset istanbul = DatasetReader.istanbul();
        PreparedGraph prepared = PreparedGraph.of(istanbul, THEME, MEASURER);
        MapSession session = new MapSession(istanbul, null);
        session.execute(new DeleteActor("fidan"));

        assertThat(prepared.edit(session.dataset())).isPresent();
        assertThat(prepared.edit(session.dataset())).isEmpty();
    }

    private static NodeShape node(Scene scene, String actorId) {
        return scene.nodes().stream().filter(n -> n.actorId().equals(actorId)).findFirst().orElseThrow();
    }

    private static void assertSameAsBuiltWhole(Drawn drawn, Dataset dataset, String when) {
        ActorGraph whole = ActorGraph.of(dataset);
        ActorGraph graph = drawn.prepared.graph();
        assertThat(graph.actors()).as(when).isEqualTo(whole.actors());
        assertThat(graph.links()).as(when).isEqualTo(whole.links());
        assertThat(graph.graph().vertexSet()).as(when).isEqualTo(whole.graph().vertexSet());
        assertThat(new HashSet<>(graph.graph().edgeSet())).as(when).isEqualTo(new HashSet<>(whole.graph().edgeSet()));
        for (Actor actor : whole.actors()) {
            assertThat(new HashSet<>(graph.graph().edgesOf(actor))).as(when)
                    .isEqualTo(new HashSet<>(whole.graph().edgesOf(actor)));
        }
        PreparedGraph rebuilt = PreparedGraph.of(dataset, THEME, MEASURER);
        assertThat(drawn.prepared.legend()).as(when).isEqualTo(rebuilt.legend());
        assertThat(drawn.prepared.citation()).as(when).isEqualTo(rebuilt.citation());
        Scene expected = rebuilt.scene(drawn.positions);
        Scene actual = drawn.scene;
        assertThat(actual.nodes()).as(when).isEqualTo(expected.nodes());
        assertThat(actual.edges()).as(when).isEqualTo(expected.edges());
        assertThat(actual.backdrops()).as(when).isEqualTo(expected.backdrops());
        assertThat(actual.bounds()).as(when).isEqualTo(expected.bounds());
        for (Actor actor : whole.actors()) {
            assertThat(graph.indexOf(actor.id())).as(when).isEqualTo(whole.indexOf(actor.id()));
        }
        for (int v = 0; v < expected.nodes().size(); v++) {
            assertThat(actual.incidentEdges(v)).as(when).isEqualTo(expected.incidentEdges(v));
            assertThat(actual.neighbours(v)).as(when).isEqualTo(expected.neighbours(v));
            Bounds box = expected.nodes().get(v).box();
            assertThat(ids(actual, box)).as(when).isEqualTo(ids(expected, box));
        }
        for (EdgeShape edge : expected.edges()) {
            List<Integer> found = new ArrayList<>();
            actual.edgesIn(new Bounds(edge.xAt(0.5) - 1, edge.yAt(0.5) - 1, 2, 2), found::add);
            assertThat(found).as(when + ": link " + edge.linkId() + " found at its middle").contains(edge.index());
            if (edge.label() != null) {
                Bounds label = edge.label().box();
                assertThat(actual.edgeAt(label.centerX(), label.centerY(), 1).map(EdgeShape::linkId)).as(when)
                        .isEqualTo(expected.edgeAt(label.centerX(), label.centerY(), 1).map(EdgeShape::linkId));
            }
        }
    }

    private static List<Integer> ids(Scene scene, Bounds area) {
        List<Integer> found = new ArrayList<>();
        scene.nodesIn(area, found::add);
        return found;
    }

    private static Command randomEdit(Dataset map, Random random, int step) {
        List<Actor> actors = map.actors();
        Actor actor = actors.get(random.nextInt(actors.size()));
        Actor other = actors.get(random.nextInt(actors.size()));
        Span evidence = map.relations().isEmpty() ? map.roles().get(0).evidence()
                : map.relations().get(random.nextInt(map.relations().size())).evidence();
        RelationType[] types = RelationType.values();
        Side[] sides = Side.KNOWN.toArray(Side[]::new);
        switch (random.nextInt(10)) {
            case 0:
                return new AddActor("Added actor number " + step, ActorKind.values()[random.nextInt(4)],
                        sides[random.nextInt(sides.length)], List.of(), random.nextBoolean() ? null
                        : new CardPosition(random.nextInt(2200), random.nextInt(1300)));
            case 1:
            case 2:
                return new AddRelation(actor.id(), types[random.nextInt(types.length)], other.id(), evidence);
            case 3:
                return new DeleteActor(actor.id());
            case 4:
                return new EditActor(actor.id(), random.nextBoolean() ? "R" + step : actor.name() + " the " + step,
                        random.nextBoolean() ? actor.kind() : ActorKind.values()[random.nextInt(4)],
                        random.nextBoolean() ? actor.side() : sides[random.nextInt(sides.length)], actor.aliases());
            case 5:
                if (map.relations().isEmpty()) {
                    return new DeleteActor(actor.id());
                }
                return new DeleteRelation(map.relations().get(random.nextInt(map.relations().size())).id());
            case 6:
                return new AddRole(actor.id(), "Envoy " + step, random.nextBoolean() ? other.id() : null, null, evidence);
            case 7:
                if (map.roles().isEmpty()) {
                    return new DeleteActor(actor.id());
                }
                Role role = map.roles().get(random.nextInt(map.roles().size()));
                return random.nextBoolean() ? new DeleteRole(role.id())
                        : new EditRole(role.id(), role.holderId(), role.title() + " " + step, role.ofId(), role.rank(),
                        role.evidence());
            case 8:
                if (map.relations().isEmpty()) {
                    return new DeleteActor(actor.id());
                }
                Relation relation = map.relations().get(random.nextInt(map.relations().size()));
                return new EditRelation(relation.id(), relation.fromId(), types[random.nextInt(types.length)],
                        relation.toId(), relation.evidence());
            default:
                Map<String, CardPosition> targets = actors.stream().limit(1 + random.nextInt(3))
                        .collect(Collectors.toMap(Actor::id, a -> new CardPosition(random.nextInt(2200),
                                random.nextInt(1300))));
                return new MoveCards(targets);
        }
    }

}
