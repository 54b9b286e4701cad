package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Relation;
import app.parley.model.Role;
import java.util.Set;

/**
 * Deletes an actor with everything that rests on it ({@link ActorCascade}): its roles, links and quotes, its card
 * position, and its mentions in other quotes and in the story.
 *
 * @param actorId the actor
 */
public record DeleteActor(String actorId) implements Command {

    /** What goes with the actor, for a confirmation. */
    public ActorCascade cascade(Dataset dataset) {
        return ActorCascade.of(dataset, actorId);
    }

    @Override
    public String label(Dataset before) {
        return "Delete " + Names.actor(before, actorId);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Checks.actor(draft, actorId);
        performOn(draft, ActorCascade.of(draft.base(), actorId));
    }

    /** Deletes the actor and {@code cascade}, what rests on it in the draft as it is now. */
    void performOn(Draft draft, ActorCascade cascade) {
        for (Role role : cascade.roles()) {
            draft.remove(Part.ROLES, role.id());
        }
        for (Relation relation : cascade.relations()) {
            draft.remove(Part.RELATIONS, relation.id());
        }
        for (Quote quote : cascade.quotes()) {
            draft.remove(Part.QUOTES, quote.id());
        }
        for (Quote quote : cascade.quotesEdited()) {
            draft.replace(Part.QUOTES, new Quote(quote.id(), quote.speakerId(), quote.text(), quote.kind(),
                    quote.span(), quote.saidOn(), actorId.equals(quote.reportedById()) ? null : quote.reportedById(),
                    quote.aboutIds().stream().filter(id -> !id.equals(actorId)).toList()));
        }
        StoryCleanup.remove(draft, Set.of(actorId), ActorCascade.linkIds(cascade.roles(), cascade.relations()),
                ActorCascade.ids(cascade.quotes()));
        draft.place(actorId, null);
        draft.remove(Part.ACTORS, actorId);
    }
}
