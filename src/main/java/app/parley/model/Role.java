package app.parley.model;

import java.util.Objects;

/**
 * A position an actor holds, as the article states it.
 *
 * @param id       identifier
 * @param holderId the actor holding the position
 * @param title    the title as the article words it ("Deputy Foreign Minister")
 * @param ofId     the state, organization or delegation the position belongs to, or {@code null}
 * @param rank     seniority where known, or {@code null}
 * @param evidence the words of the article that state the role
 */
public record Role(String id, String holderId, String title, String ofId, Rank rank, Span evidence) {

    /** Checks the required fields. */
    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(holderId, "holderId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
    }
}
