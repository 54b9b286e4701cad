package app.parley.model;

import java.util.Objects;

/**
 * A typed link from one actor to another, resting on a sentence of a source.
 *
 * @param id       identifier
 * @param fromId   the actor the relation starts at
 * @param type     what the relation is
 * @param toId     the actor the relation points to
 * @param evidence the words of the article that state it
 */
public record Relation(String id, String fromId, RelationType type, String toId, Span evidence) {

    /** Checks the required fields. */
    public Relation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * The hash of the id alone, which equal relations share: graphs hash relations at every step, and a record's own
     * hash would combine every field each time.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
