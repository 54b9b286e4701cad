package app.parley.session;

import app.parley.model.Dataset;
import java.util.Set;

/**
 * Deletes a link; story steps that show it no longer do.
 *
 * @param relationId the link
 */
public record DeleteRelation(String relationId) implements Command {

    @Override
    public String label(Dataset before) {
        return "Delete link " + before.relations().stream().filter(r -> r.id().equals(relationId))
                .map(r -> Names.relation(before, r)).findFirst().orElse(relationId);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Checks.element(draft, Part.RELATIONS, relationId);
        StoryCleanup.remove(draft, Set.of(), Set.of(relationId), Set.of());
        draft.remove(Part.RELATIONS, relationId);
    }
}
