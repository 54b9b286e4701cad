package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.graph.LinkFilter;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Side;
import java.util.LinkedHashSet;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which link categories, actor kinds and sides the graph shows, with how many of each the map holds. Hidden elements
 * are only left out of the drawing; no card moves.
 */
public final class FilterViewModel {

    private final ReadOnlyObjectWrapper<LinkFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter",
            LinkFilter.all());
    private final ReadOnlyObjectWrapper<LinkFilter.Counts> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Runnable changed;
    private Analyses analyses;
    private Set<String> hiddenActors = Set.of();
    private Set<String> hiddenLinks = Set.of();

    FilterViewModel(Runnable changed) {
        this.changed = changed;
    }

    /** What is shown now. */
    public ReadOnlyObjectProperty<LinkFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** How many links of each category and actors of each kind and side the map holds, or {@code null} with no map. */
    public ReadOnlyObjectProperty<LinkFilter.Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** "Showing 30 of 37 actors and 52 of 67 links." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Shows or hides the links of a category ("role" or a relation type id). */
    public void setCategoryShown(String category, boolean shown) {
        apply(filter.get().withCategory(category, shown));
    }

    /** Shows or hides the actors of a kind. */
    public void setKindShown(ActorKind kind, boolean shown) {
        apply(filter.get().withKind(kind, shown));
    }

    /** Shows or hides the actors of a side. */
    public void setSideShown(Side side, boolean shown) {
        apply(filter.get().withSide(side, shown));
    }

    /** Shows everything again. */
    public void reset() {
        apply(LinkFilter.all());
    }

    /** The actors the filter hides. */
    Set<String> hiddenActors() {
        return hiddenActors;
    }

    /** The links the filter hides, also those with a hidden end. */
    Set<String> hiddenLinks() {
        return hiddenLinks;
    }

    void attach(Analyses analyses) {
        this.analyses = analyses;
        counts.set(analyses == null ? null : analyses.counts());
        apply(LinkFilter.all());
    }

    private void apply(LinkFilter next) {
        filter.set(next);
        Set<String> actors = new LinkedHashSet<>();
        Set<String> links = new LinkedHashSet<>();
        if (analyses == null) {
            summary.set("");
        } else {
            ActorGraph graph = analyses.graph();
            for (Actor actor : graph.actors()) {
                if (!next.shows(actor)) {
                    actors.add(actor.id());
                }
            }
            for (Link link : graph.links()) {
                if (!next.shows(graph, link)) {
                    links.add(link.id());
                }
            }
            int actorCount = graph.graph().vertexSet().size();
            int linkCount = graph.links().size();
            summary.set(next.showsEverything() ? "Showing all " + actorCount + " actors and " + linkCount + " links."
                    : "Showing " + (actorCount - actors.size()) + " of " + actorCount + " actors and "
                    + (linkCount - links.size()) + " of " + linkCount + " links.");
        }
        hiddenActors = Set.copyOf(actors);
        hiddenLinks = Set.copyOf(links);
        changed.run();
    }
}
