package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Rank;
import app.parley.model.Role;
import app.parley.model.Span;

/**
 * Changes a role; its id stays.
 *
 * @param roleId   the role
 * @param holderId who holds it
 * @param title    the title as the article words it
 * @param ofId     what it belongs to, or {@code null}
 * @param rank     seniority, or {@code null}
 * @param evidence the words that state it
 */
public record EditRole(String roleId, String holderId, String title, String ofId, Rank rank, Span evidence)
        implements Command {

    @Override
    public String label(Dataset before) {
        return "Edit role " + before.roles().stream().filter(r -> r.id().equals(roleId)).map(Role::title).findFirst()
                .orElse(roleId);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Checks.element(draft, Part.ROLES, roleId);
        Checks.actor(draft, holderId);
        Role role = new Role(roleId, holderId, Checks.text(title, "A title"), ofId, rank, evidence);
        Checks.role(draft, role);
        if (ofId == null && draft.list(Part.STEPS).stream().anyMatch(step -> step.revealLinkIds().contains(roleId)
                || step.highlightLinkIds().contains(roleId))) {
            throw new EditRefused("The story shows this role as a link to what it belongs to: keep Of, or take the "
                    + "role out of the story first.");
        }
        draft.replace(Part.ROLES, role);
        Checks.storyKept(draft);
    }
}
