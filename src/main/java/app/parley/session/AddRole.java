package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Rank;
import app.parley.model.Role;
import app.parley.model.Span;
import java.util.List;

/**
 * Adds a position an actor holds, resting on the words of an article that state it.
 *
 * @param holderId who holds it
 * @param title    the title as the article words it
 * @param ofId     the state, organization or delegation it belongs to, or {@code null}
 * @param rank     seniority, or {@code null}
 * @param evidence the selected words that state it
 */
public record AddRole(String holderId, String title, String ofId, Rank rank, Span evidence) implements Command {

    @Override
    public String label(Dataset before) {
        return "Add role " + Names.role(before, holderId, title, ofId);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Checks.actor(draft, holderId);
        String named = Checks.text(title, "A title");
        String id = Ids.fresh(Ids.slug(holderId + " " + named, "role"),
                Checks.taken(draft, List.of(Part.ROLES, Part.RELATIONS)));
        Role role = new Role(id, holderId, named, ofId, rank, evidence);
        Checks.role(draft, role);
        draft.add(Part.ROLES, role);
        draft.created(id);
    }
}
