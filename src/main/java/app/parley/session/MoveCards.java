package app.parley.session;

import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves one or more cards and pins them where they are put; one undo step however many cards move.
 *
 * @param targets where each actor's card goes, by actor id
 */
public record MoveCards(Map<String, CardPosition> targets) implements Command {

    /** Freezes the targets, keeping their order. */
    public MoveCards {
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }

    /** Moves one card. */
    public static MoveCards one(String actorId, CardPosition to) {
        return new MoveCards(Map.of(actorId, to));
    }

    @Override
    public String label(Dataset before) {
        return targets.size() == 1 ? "Move " + Names.actor(before, targets.keySet().iterator().next())
                : "Move " + targets.size() + " cards";
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        for (Map.Entry<String, CardPosition> target : targets.entrySet()) {
            Checks.actor(draft, target.getKey());
            draft.place(target.getKey(), target.getValue());
        }
    }
}
