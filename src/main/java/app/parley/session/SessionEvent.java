package app.parley.session;

import app.parley.model.Dataset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * What changed in a {@link MapSession}.
 *
 * @param kind    what happened
 * @param edit    the edit made, undone or redone, or {@code null} when a map was opened or saved
 * @param dataset the map as it is now
 * @param aspects the parts of the map that changed (every aspect when another map was opened; none on save)
 * @param file    the file the map belongs to now, or {@code null}
 * @param dirty   whether the map has changes that are not saved
 */
public record SessionEvent(Kind kind, Edit edit, Dataset dataset, Set<Aspect> aspects, Path file, boolean dirty) {

    /** What happened. */
    public enum Kind {
        /** Another map was opened (or created); the undo history starts afresh. */
        OPENED,
        /** A command changed the map. */
        EDITED,
        /** An edit was undone. */
        UNDONE,
        /** An undone edit was made again. */
        REDONE,
        /** The map was saved (possibly to another file). */
        SAVED
    }

    /** Freezes the set. */
    public SessionEvent {
        aspects = Set.copyOf(aspects);
    }

    /** The edit concerned, if any. */
    public Optional<Edit> editIfAny() {
        return Optional.ofNullable(edit);
    }

    /** Whether the map's content changed (not just its file or saved state). */
    public boolean changedContent() {
        return !aspects.isEmpty();
    }
}
