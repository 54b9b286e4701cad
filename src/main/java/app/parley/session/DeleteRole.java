package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Role;
import java.util.Set;

/**
 * Deletes a role; story steps that show it no longer do.
 *
 * @param roleId the role
 */
public record DeleteRole(String roleId) implements Command {

    @Override
    public String label(Dataset before) {
        return "Delete role " + before.roles().stream().filter(r -> r.id().equals(roleId))
                .map(r -> Names.role(before, r.holderId(), r.title(), r.ofId())).findFirst().orElse(roleId);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Role role = Checks.element(draft, Part.ROLES, roleId);
        StoryCleanup.remove(draft, Set.of(), Set.of(role.id()), Set.of());
        draft.remove(Part.ROLES, roleId);
    }
}
