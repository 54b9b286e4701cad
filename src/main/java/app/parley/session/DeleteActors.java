package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Relation;
import app.parley.model.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes several actors at once, each with everything that rests on it (as {@link DeleteActor} does); one undo step
 * for the whole selection.
 *
 * @param actorIds the actors
 */
public record DeleteActors(List<String> actorIds) implements Command {

    /** Freezes the list. */
    public DeleteActors {
        actorIds = List.copyOf(new LinkedHashSet<>(actorIds));
    }

    /** What goes with the actors, for a confirmation: one line per kind of thing, counted once. */
    public List<String> summary(Dataset dataset) {
        Set<Role> roles = new LinkedHashSet<>();
        Set<Relation> relations = new LinkedHashSet<>();
        Set<Quote> quotes = new LinkedHashSet<>();
        for (String id : actorIds) {
            ActorCascade cascade = ActorCascade.of(dataset, id);
            roles.addAll(cascade.roles());
            relations.addAll(cascade.relations());
            quotes.addAll(cascade.quotes());
        }
        return new ActorCascade(List.copyOf(roles), List.copyOf(relations), List.copyOf(quotes), List.of(), List.of())
                .summary();
    }

    @Override
    public String label(Dataset before) {
        return actorIds.size() == 1 ? "Delete " + Names.actor(before, actorIds.get(0))
                : "Delete " + actorIds.size() + " actors";
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        if (actorIds.isEmpty()) {
            throw new EditRefused("Select the actors to delete.");
        }
        for (String id : actorIds) {
            Checks.actor(draft, id);
        }
        for (String id : actorIds) {
            Dataset now = draft.result();
            new DeleteActor(id).performOn(draft, ActorCascade.of(now, id));
        }
    }
}
