package app.parley.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Words an actor said, verbatim as the article prints them.
 *
 * @param id           identifier
 * @param speakerId    who said the words
 * @param text         the words, exactly as in the source at {@code span}
 * @param kind         direct quote or reported speech
 * @param span         where the words stand in the source
 * @param saidOn       when they were said, or {@code null} if the article does not say
 * @param reportedById a third party that relayed the words (a spokesperson, an agency), or {@code null}
 * @param aboutIds     actors the words are about
 */
public record Quote(String id, String speakerId, String text, QuoteKind kind, Span span, LocalDate saidOn,
                    String reportedById, List<String> aboutIds) {

    /** Checks the required fields and freezes the list. */
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        aboutIds = List.copyOf(aboutIds == null ? List.of() : aboutIds);
    }
}
