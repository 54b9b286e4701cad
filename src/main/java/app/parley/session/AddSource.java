package app.parley.session;

import app.parley.io.Sha256;
import app.parley.model.Dataset;
import app.parley.model.Source;
import java.util.List;

/**
 * Adds an article to the map, its text kept verbatim (with its SHA-256, so later changes to it are detected).
 *
 * @param article the article
 */
public record AddSource(Article article) implements Command {

    /** The language recorded for articles added in the window. */
    public static final String LANGUAGE = "en";

    @Override
    public String label(Dataset before) {
        return "Add article " + (article == null || article.title() == null ? "" : article.title().strip());
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        if (article == null || article.text() == null || article.text().isBlank()) {
            throw new EditRefused("The article has no text.");
        }
        String title = Checks.text(article.title(), "A title");
        String id = Ids.fresh(Ids.slug(title, "article"), Checks.taken(draft, List.of(Part.SOURCES)));
        Source source = new Source(id, title, blankToNull(article.publisher()), article.date(), LANGUAGE,
                blankToNull(article.url()), article.text(), Sha256.hex(article.text()));
        Checks.source(draft, source);
        draft.add(Part.SOURCES, source);
        draft.created(id);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
