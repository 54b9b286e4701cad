package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Span;

/**
 * Changes a link's ends, type or evidence; its id stays.
 *
 * @param relationId the link
 * @param fromId     the actor it starts at
 * @param type       what the link is
 * @param toId       the actor it points to
 * @param evidence   the words that state it
 */
public record EditRelation(String relationId, String fromId, RelationType type, String toId, Span evidence)
        implements Command {

    @Override
    public String label(Dataset before) {
        return "Edit link " + before.relations().stream().filter(r -> r.id().equals(relationId))
                .map(r -> Names.relation(before, r)).findFirst().orElse(relationId);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Checks.element(draft, Part.RELATIONS, relationId);
        Checks.actor(draft, fromId);
        Checks.actor(draft, toId);
        if (type == null) {
            throw new EditRefused("Choose the type of link.");
        }
        Relation relation = new Relation(relationId, fromId, type, toId, evidence);
        Checks.relation(draft, relation);
        draft.replace(Part.RELATIONS, relation);
    }
}
