package app.parley.session;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.Side;
import java.util.List;

/**
 * Adds an actor with an id made from its name ("İbrahim Kalın" → "ibrahim-kalin", "-2" added on a clash).
 *
 * @param name    the name, with its diacritics
 * @param kind    person, state, organization or delegation
 * @param side    its camp
 * @param aliases other names the article uses
 * @param at      where to place its card (pinned), or {@code null} to let the layout place it
 */
public record AddActor(String name, ActorKind kind, Side side, List<String> aliases, CardPosition at)
        implements Command {

    /** An actor placed by the layout. */
    public AddActor(String name, ActorKind kind, Side side) {
        this(name, kind, side, List.of(), null);
    }

    @Override
    public String label(Dataset before) {
        return "Add " + (name == null ? "actor" : name.strip());
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        String named = Checks.text(name, "A name");
        if (kind == null || side == null) {
            throw new EditRefused("Choose the actor's kind and side.");
        }
        String id = Ids.fresh(Ids.slug(named, "actor"), Checks.taken(draft, List.of(Part.ACTORS)));
        draft.add(Part.ACTORS, new Actor(id, named, kind, ActorAliases.clean(aliases, named), side));
        if (at != null) {
            draft.place(id, at);
        }
        draft.created(id);
    }
}
