package app.parley.ui;

import app.parley.model.Source;
import app.parley.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which of the map's articles the Article view shows. It follows the map: an article just added (File › Add article…,
 * or brought back by undo or redo) is shown; when the shown article goes, the first one is; another map starts at its
 * first article. Words asked for elsewhere ({@link #reveal(Span)}) switch to the article they are in.
 */
final class ArticleChoice {

    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ObservableList<Source> readOnlySources = FXCollections.unmodifiableObservableList(sources);
    private final ReadOnlyObjectWrapper<Source> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    /** The map's articles, in the map's order. */
    ObservableList<Source> sources() {
        return readOnlySources;
    }

    /** The article shown, or {@code null} when the map has none. */
    ReadOnlyObjectProperty<Source> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The article shown, or {@code null} when the map has none. */
    Source shown() {
        return shown.get();
    }

    /** Whether there are several articles to choose from. */
    boolean several() {
        return sources.size() > 1;
    }

    /** Follows the map's articles as they are now. */
    void follow(List<Source> now) {
        Set<String> before = ids(sources);
        Set<String> after = ids(now);
        sources.setAll(now);
        Source current = shown.get();
        boolean sameMap = before.stream().anyMatch(after::contains);
        Optional<Source> added = sameMap ? now.stream().filter(s -> !before.contains(s.id())).findFirst()
                : Optional.empty();
        if (added.isPresent()) {
            shown.set(added.get());
        } else if (current != null && after.contains(current.id())) {
            shown.set(byId(current.id()).orElseThrow());
        } else {
            shown.set(now.isEmpty() ? null : now.get(0));
        }
    }

    /**
     * Shows the article {@code sourceId}.
     *
     * @return whether the article shown changed (false when it was shown already or the map has no such article)
     */
    boolean choose(String sourceId) {
        Source current = shown.get();
        if (current != null && current.id().equals(sourceId)) {
            return false;
        }
        Optional<Source> chosen = byId(sourceId);
        chosen.ifPresent(shown::set);
        return chosen.isPresent();
    }

    /**
     * Shows the article {@code span} is in.
     *
     * @return whether the article shown changed
     */
    boolean reveal(Span span) {
        return choose(Objects.requireNonNull(span, "span").sourceId());
    }

    /** Where the shown article is among the map's ("Article 2 of 3"), or an empty string when none is shown. */
    String position() {
        Source current = shown.get();
        return current == null ? "" : "Article " + (sources.indexOf(current) + 1) + " of " + sources.size();
    }

    /** What the chooser says for {@code source}: its title and publisher. */
    static String label(Source source) {
        if (source == null) {
            return "";
        }
        return source.publisher() == null || source.publisher().isBlank() ? source.title()
                : source.title() + " · " + source.publisher();
    }

    private Optional<Source> byId(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static Set<String> ids(List<Source> list) {
        return list.stream().map(Source::id).collect(Collectors.toSet());
    }
}
