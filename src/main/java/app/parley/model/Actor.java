package app.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, state, organization or delegation at or around the table.
 *
 * @param id      identifier referenced by roles, relations and quotes
 * @param name    display name, with its diacritics
 * @param kind    what sort of actor it is
 * @param aliases other names the article uses (surname, capital city, short form)
 * @param side    the camp it belongs to
 */
public record Actor(String id, String name, ActorKind kind, List<String> aliases, Side side) {

    /** Checks the required fields and freezes the aliases. */
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(side, "side");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
    }

    /**
     * The hash of the id alone, which equal actors share: graphs hash actors at every step, and a record's own
     * hash would combine every field each time.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
