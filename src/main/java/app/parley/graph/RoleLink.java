package app.parley.graph;

import app.parley.model.Role;
import app.parley.model.Span;

/**
 * A role drawn as an edge from its holder to the state, organization or delegation it belongs to.
 *
 * @param role the role
 */
public record RoleLink(Role role) implements Link {

    /** The category shared by every role edge. */
    public static final String CATEGORY = "role";

    @Override
    public String id() {
        return role.id();
    }

    @Override
    public String fromId() {
        return role.holderId();
    }

    @Override
    public String toId() {
        return role.ofId();
    }

    @Override
    public String label() {
        return role.title();
    }

    @Override
    public String inverseLabel() {
        return "has " + role.title();
    }

    @Override
    public Span evidence() {
        return role.evidence();
    }

    @Override
    public boolean directed() {
        return true;
    }

    @Override
    public String category() {
        return CATEGORY;
    }
}
