package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Source;
import java.time.LocalDate;

/**
 * Changes an article's title, publisher, date or URL; its text never changes, since spans point into it.
 *
 * @param sourceId  the article
 * @param title     the new title
 * @param publisher the new publisher, or {@code null}
 * @param date      the new date, or {@code null}
 * @param url       the new URL, or {@code null}
 */
public record EditSource(String sourceId, String title, String publisher, LocalDate date, String url)
        implements Command {

    @Override
    public String label(Dataset before) {
        return "Edit article " + before.sources().stream().filter(s -> s.id().equals(sourceId)).map(Source::title)
                .findFirst().orElse(sourceId);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        Source old = Checks.element(draft, Part.SOURCES, sourceId);
        draft.replace(Part.SOURCES, new Source(sourceId, Checks.text(title, "A title"),
                AddSource.blankToNull(publisher), date, old.language(), AddSource.blankToNull(url), old.text(),
                old.sha256()));
    }
}
