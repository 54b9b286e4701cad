package app.parley.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.io.DatasetValidator;
import app.parley.io.Problem;
import app.parley.model.ActorKind;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.QuoteKind;
import app.parley.model.Rank;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import app.parley.model.StoryStep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** Any sequence of edits, undone in full, gives back the map it started from; redone, the map it reached. */
class UndoPropertyTest {

    private static final int SEQUENCES = 100;
    private static final int EDITS = 40;

    @Test
    void undoAllRestoresTheOriginalAndRedoAllTheFinalMap() {
        Dataset original = DatasetReader.istanbul();
        Set<Class<?>> accepted = new HashSet<>();
        for (int run = 0; run < SEQUENCES; run++) {
            Random random = new Random(run);
            MapSession session = new MapSession(original, Path.of("map.json"));
            for (int i = 0; i < EDITS; i++) {
                try {
                    Command command = randomCommand(session.dataset(), random);
                    session.execute(command);
                    accepted.add(command.getClass());
                    assertThat(DatasetValidator.validate(session.dataset())).as("seed %d edit %d", run, i)
                            .filteredOn(Problem::isError).isEmpty();
                } catch (EditRefused refused) {
                    assertThat(refused.getMessage()).isNotBlank();
                }
            }
            Dataset reached = session.dataset();
            int depth = session.undoDepth();
            while (session.canUndo()) {
                session.undo();
            }
            assertThat(session.dataset()).as("seed %d undone", run).isEqualTo(original);
            assertThat(session.dirty()).isFalse();
            for (int i = 0; i < depth; i++) {
                session.redo();
            }
            assertThat(session.dataset()).as("seed %d redone", run).isEqualTo(reached);
        }
        assertThat(accepted).as("every kind of command was carried out at least once").hasSize(23);
    }

    private static Command randomCommand(Dataset map, Random random) {
        return switch (random.nextInt(24)) {
            case 0, 1 -> new AddActor(pick(random, List.of("Hakan Fidan", "İbrahim Kalın", "Łukasz Wójcik", "Ayşe")),
                    pick(random, List.of(ActorKind.values())), pick(random, Side.KNOWN),
                    List.of("alias"), random.nextBoolean() ? null : new CardPosition(random.nextInt(500), 3.5));
            case 2 -> new EditActor(actor(map, random), "Renamed " + random.nextInt(9), ActorKind.STATE, Side.OTHER,
                    List.of());
            case 3 -> new DeleteActor(actor(map, random));
            case 4 -> new AddRelation(actor(map, random), pick(random, List.of(RelationType.values())),
                    actor(map, random), span(map, random));
            case 5 -> map.relations().isEmpty() ? new RenameMap("None") : new DeleteRelation(
                    pick(random, map.relations()).id());
            case 6 -> map.relations().isEmpty() ? new RenameMap("None") : new EditRelation(
                    pick(random, map.relations()).id(), actor(map, random), RelationType.MET_WITH, actor(map, random),
                    span(map, random));
            case 7 -> new AddRole(actor(map, random), "Envoy", random.nextBoolean() ? null : actor(map, random),
                    Rank.values()[random.nextInt(Rank.values().length)], span(map, random));
            case 8 -> map.roles().isEmpty() ? new RenameMap("None") : new DeleteRole(pick(random, map.roles()).id());
            case 9 -> new AddQuote(actor(map, random), span(map, random),
                    random.nextBoolean() ? QuoteKind.DIRECT : QuoteKind.REPORTED);
            case 10 -> map.quotes().isEmpty() ? new RenameMap("None") : new DeleteQuote(pick(random, map.quotes()).id());
            case 11 -> new AddSource(new Article("Report " + random.nextInt(3), null, null, null, "Text of a report."));
            case 12 -> new DeleteSource(pick(random, map.sources()).id());
            case 13 -> moves(map, random);
            case 14 -> new ReleaseCards(List.of(actor(map, random), actor(map, random)));
            case 15 -> new AddStep(new StoryStep(random.nextBoolean() ? "" : "step-1", "Step", List.of(actor(map, random)),
                    List.of(), List.of(), List.of(), List.of(), List.of()));
            case 16 -> new MoveStep(random.nextInt(map.story().size() + 1), random.nextInt(map.story().size() + 1));
            case 17 -> new DeleteStep(random.nextInt(map.story().size() + 1));
            case 18 -> new RenameStep(random.nextInt(map.story().size() + 1), random.nextBoolean() ? " " : "New caption");
            case 19 -> map.roles().isEmpty() ? new RenameMap("None") : new EditRole(pick(random, map.roles()).id(),
                    actor(map, random), "Minister", null, null, span(map, random));
            case 20 -> map.quotes().isEmpty() ? new RenameMap("None") : new EditQuote(pick(random, map.quotes()).id(),
                    actor(map, random), span(map, random), QuoteKind.REPORTED, null, null, List.of(actor(map, random)));
            case 22 -> changeEvidence(map, random);
            case 21 -> new EditSource(pick(random, map.sources()).id(), "Retitled", "AFP", null, " ");
            default -> new RenameMap(random.nextBoolean() ? "Istanbul" : "Talks");
        };
    }

    private static Command changeEvidence(Dataset map, Random random) {
        ChangeEvidence.Target target = pick(random, List.of(ChangeEvidence.Target.values()));
        List<String> ids = switch (target) {
            case LINK -> map.relations().stream().map(r -> r.id()).toList();
            case ROLE -> map.roles().stream().map(r -> r.id()).toList();
            case QUOTE -> map.quotes().stream().map(q -> q.id()).toList();
        };
        return ids.isEmpty() ? new RenameMap("None") : new ChangeEvidence(target, pick(random, ids), span(map, random));
    }

    private static Command moves(Dataset map, Random random) {
        Map<String, CardPosition> targets = new LinkedHashMap<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            targets.put(actor(map, random), new CardPosition(random.nextGaussian() * 100, random.nextGaussian() * 100));
        }
        return new MoveCards(targets);
    }

    private static String actor(Dataset map, Random random) {
        return map.actors().isEmpty() ? "nobody" : pick(random, map.actors()).id();
    }

    private static Span span(Dataset map, Random random) {
        Source source = pick(random, map.sources());
        int length = source.text().length();
        int start = random.nextInt(Math.max(1, length - 1));
        int end = Math.min(length + (random.nextInt(23) == 0 ? 3 : 0), start + 1 + random.nextInt(40));
        return new Span(source.id(), start, end);
    }

    private static <T> T pick(Random random, List<T> items) {
        return new ArrayList<>(items).get(random.nextInt(items.size()));
    }
}
