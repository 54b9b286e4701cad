package app.parley.graph;

import app.parley.model.Actor;
import app.parley.model.Rank;
import app.parley.model.Role;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person at the table for a delegation, with every role the dataset gives them.
 *
 * @param person the person
 * @param roles  their roles, in dataset order
 */
public record Delegate(Actor person, List<Role> roles) {

    /** Checks the person and freezes the roles. */
    public Delegate {
        Objects.requireNonNull(person, "person");
        roles = List.copyOf(roles);
    }

    /** The most senior rank among the roles (lowest tier), or empty if no role has a rank. */
    public Optional<Rank> bestRank() {
        return roles.stream().map(Role::rank).filter(Objects::nonNull)
                .min(Comparator.comparingInt(Rank::tier).thenComparing(Comparator.naturalOrder()));
    }

    /** Whether any role has this rank. */
    public boolean holds(Rank rank) {
        return roles.stream().anyMatch(r -> r.rank() == rank);
    }
}
