package app.parley.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article that quotes and relations are drawn from.
 *
 * @param id        identifier referenced by spans
 * @param title     headline or descriptive title
 * @param publisher who published it
 * @param date      publication date
 * @param language  IETF language tag of the text
 * @param url       where it was published, or {@code null}
 * @param text      the full text, exactly as spans count it
 * @param sha256    hex SHA-256 of the UTF-8 bytes of {@code text}
 */
public record Source(String id, String title, String publisher, LocalDate date, String language, String url,
                     String text, String sha256) {

    /** Checks the required fields. */
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    /** Whether {@code span} points into this source and stays inside its text. */
    public boolean contains(Span span) {
        return span.sourceId().equals(id) && span.end() <= text.length();
    }

    /** The text a span covers. */
    public String excerpt(Span span) {
        if (!contains(span)) {
            throw new IllegalArgumentException("Span " + span + " is outside source " + id);
        }
        return text.substring(span.start(), span.end());
    }

    /** The whole sentence (or headline line) around a span, for showing a quote in context. */
    public Span sentenceAround(Span span) {
        return Sentences.around(text, span);
    }

    /** A one-line citation: title, publisher and date. */
    public String citation() {
        StringBuilder out = new StringBuilder(title);
        if (publisher != null && !publisher.isBlank()) {
            out.append(", ").append(publisher);
        }
        if (date != null) {
            out.append(", ").append(date);
        }
        return out.toString();
    }
}
