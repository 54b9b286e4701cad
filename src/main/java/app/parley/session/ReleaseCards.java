package app.parley.session;

import app.parley.model.Dataset;
import java.util.List;

/**
 * Unpins cards: their saved positions are forgotten, and the next layout places them.
 *
 * @param actorIds the actors
 */
public record ReleaseCards(List<String> actorIds) implements Command {

    /** Freezes the list. */
    public ReleaseCards {
        actorIds = List.copyOf(actorIds);
    }

    @Override
    public String label(Dataset before) {
        return actorIds.size() == 1 ? "Unpin " + Names.actor(before, actorIds.get(0))
                : "Unpin " + actorIds.size() + " cards";
    }

    @Override
    public void perform(Draft draft) {
        actorIds.forEach(id -> draft.place(id, null));
    }
}
