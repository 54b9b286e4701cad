package app.parley.session;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.Side;
import java.util.List;

/**
 * Changes an actor's name, kind, side and aliases; its id (and so every reference to it) stays.
 *
 * @param actorId the actor
 * @param name    the new name
 * @param kind    the new kind
 * @param side    the new side
 * @param aliases the new aliases
 */
public record EditActor(String actorId, String name, ActorKind kind, Side side, List<String> aliases)
        implements Command {

    @Override
    public String label(Dataset before) {
        return "Edit " + Names.actor(before, actorId);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Checks.actor(draft, actorId);
        String named = Checks.text(name, "A name");
        if (kind == null || side == null) {
            throw new EditRefused("Choose the actor's kind and side.");
        }
        draft.replace(Part.ACTORS, new Actor(actorId, named, kind, ActorAliases.clean(aliases, named), side));
        Checks.storyKept(draft);
    }
}
