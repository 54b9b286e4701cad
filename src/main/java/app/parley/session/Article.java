package app.parley.session;

import java.time.LocalDate;

/**
 * An article as the user gives it, before it becomes a source of the map.
 *
 * @param title     headline or descriptive title
 * @param publisher who published it, or {@code null}
 * @param date      publication date, or {@code null}
 * @param url       where it was published, or {@code null}
 * @param text      the full text, kept verbatim
 */
public record Article(String title, String publisher, LocalDate date, String url, String text) {
}
