package app.parley.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.io.DatasetValidator;
import app.parley.io.Problem;
import app.parley.model.Actor;
import app.parley.model.Dataset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeleteActorsTest {

    private static final Dataset ISTANBUL = DatasetReader.istanbul();

    private final MapSession session = new MapSession(ISTANBUL, Path.of("istanbul.json"));

    @Test
    void actorsSharingALinkAreDeletedTogetherInOneUndoableStep() throws EditRefused {
        assertThat(ISTANBUL.relations()).anyMatch(r -> r.fromId().equals("fidan") || r.toId().equals("fidan"));

        Edit edit = session.execute(new DeleteActors(List.of("fidan", "turkey", "kalin")));

        assertThat(edit.label()).isEqualTo("Delete 3 actors");
        assertThat(session.dataset().actors()).extracting(Actor::id).doesNotContain("fidan", "turkey", "kalin");
        assertThat(session.dataset().relations()).noneMatch(r -> List.of("fidan", "turkey", "kalin")
                .contains(r.fromId()) || List.of("fidan", "turkey", "kalin").contains(r.toId()));
        assertThat(DatasetValidator.validate(session.dataset())).filteredOn(Problem::isError).isEmpty();
        assertThat(session.undoDepth()).isEqualTo(1);

        session.undo();

        assertThat(session.dataset()).isEqualTo(ISTANBUL);
    }

    @Test
    void theSummaryCountsWhatGoesAlongOnce() {
        List<String> summary = new DeleteActors(List.of("fidan", "turkey")).summary(ISTANBUL);
        long shared = ISTANBUL.relations().stream().filter(r -> List.of("fidan", "turkey").contains(r.fromId())
                || List.of("fidan", "turkey").contains(r.toId())).count();

        assertThat(summary.get(0)).isEqualTo(shared + " links");
    }
}
