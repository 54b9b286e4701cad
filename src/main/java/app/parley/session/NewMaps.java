package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.Story;
import java.util.List;

/** New maps: an empty one, or one that holds an article to map. */
public final class NewMaps {

    /** The title of a new map that has none yet. */
    public static final String UNTITLED = "Untitled map";

    private NewMaps() {
    }

    /** A map with nothing in it. */
    public static Dataset empty() {
        return new Dataset(UNTITLED, List.of(), List.of(), List.of(), List.of(), List.of(), Story.EMPTY);
    }

    /**
     * A map holding {@code article} verbatim and nothing else yet, titled after it.
     *
     * @throws EditRefused when the article has no title or no text
     */
    public static Dataset fromArticle(Article article) throws EditRefused {
        MapSession session = MapSession.unsaved(empty());
        session.execute(new AddSource(article));
        session.execute(new RenameMap(article.title()));
        return session.dataset();
    }
}
