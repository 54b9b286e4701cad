package app.parley.session;

import app.parley.model.Dataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A command as it was carried out: its label and the exact changes it made, which undo takes back in reverse order
 * and redo makes again.
 *
 * @param label     what it did, for Edit › Undo ("Delete Hakan Fidan")
 * @param ops       the changes, in the order they were made
 * @param aspects   the parts of the map it touched
 * @param createdId the id of the element it created, or {@code null}
 */
public record Edit(String label, List<Op> ops, Set<Aspect> aspects, String createdId) {

    /** Freezes the lists. */
    public Edit {
        ops = List.copyOf(ops);
        aspects = Set.copyOf(aspects);
    }

    /** The id of the element the edit created, if it created one. */
    public Optional<String> created() {
        return Optional.ofNullable(createdId);
    }

    /** Whether the edit only moved or released cards. */
    public boolean onlyPositions() {
        return aspects.equals(Set.of(Aspect.POSITIONS));
    }

    /** {@code after} with this edit taken back. */
    Dataset undo(Dataset after) {
        List<Op> inverse = new ArrayList<>(ops.size());
        ops.forEach(op -> inverse.add(op.inverse()));
        Collections.reverse(inverse);
        Draft draft = new Draft(after);
        draft.replay(inverse);
        return draft.result();
    }

    /** {@code before} with this edit made again. */
    Dataset redo(Dataset before) {
        Draft draft = new Draft(before);
        draft.replay(ops);
        return draft.result();
    }
}
