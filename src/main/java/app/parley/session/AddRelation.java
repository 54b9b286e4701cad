package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Span;
import java.util.List;

/**
 * Adds a typed link between two actors, resting on the selected words of an article.
 *
 * @param fromId   the actor it starts at
 * @param type     what the link is
 * @param toId     the actor it points to
 * @param evidence the selected words that state it
 */
public record AddRelation(String fromId, RelationType type, String toId, Span evidence) implements Command {

    @Override
    public String label(Dataset before) {
        return "Add link " + Names.actor(before, fromId) + " " + (type == null ? "–" : type.label()) + " "
                + Names.actor(before, toId);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Checks.actor(draft, fromId);
        Checks.actor(draft, toId);
        if (type == null) {
            throw new EditRefused("Choose the type of link.");
        }
        String id = Ids.fresh(Ids.slug(fromId + " " + type.id() + " " + toId, "link"),
                Checks.taken(draft, List.of(Part.ROLES, Part.RELATIONS)));
        Relation relation = new Relation(id, fromId, type, toId, evidence);
        Checks.relation(draft, relation);
        draft.add(Part.RELATIONS, relation);
        draft.created(id);
    }
}
