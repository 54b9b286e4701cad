package app.parley.ui;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** The cards picked on the map with Shift+click or the rubber band, to move or delete together; in picking order. */
final class CardPicks {

    private final Set<String> ids = new LinkedHashSet<>();
    private final Runnable changed;

    CardPicks(Runnable changed) {
        this.changed = changed;
    }

    /** Adds the card if it is not picked, else takes it out. */
    void toggle(String actorId) {
        if (!ids.remove(actorId)) {
            ids.add(actorId);
        }
        changed.run();
    }

    /** Adds cards (already picked ones stay). */
    void addAll(Collection<String> actorIds) {
        if (ids.addAll(actorIds)) {
            changed.run();
        }
    }

    /** Keeps only the cards still on the map. */
    void retain(Collection<String> actorIds) {
        if (ids.retainAll(Set.copyOf(actorIds))) {
            changed.run();
        }
    }

    /** Picks nothing. */
    void clear() {
        if (!ids.isEmpty()) {
            ids.clear();
            changed.run();
        }
    }

    boolean contains(String actorId) {
        return ids.contains(actorId);
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    /** The picked cards' actor ids, in picking order. */
    Set<String> ids() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(ids));
    }
}
