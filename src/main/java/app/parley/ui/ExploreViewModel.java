package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.graph.DelegationSummary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The questions a student brings to a map (who is this, who do they speak for, how are these two connected, who holds
 * the room together), each a small view model: find, filters, focus, routes (paths and chains of authority),
 * centrality, and the delegations side by side. It merges what they hide and highlight and hands it to the main view
 * model, which the graph draws; a new map starts every answer afresh.
 */
public final class ExploreViewModel {

    private final MainViewModel main;
    private final FindViewModel find;
    private final FilterViewModel filters;
    private final FocusViewModel focus;
    private final RouteViewModel routes;
    private final CentralityViewModel centrality;
    private final ObservableList<DelegationSummary> delegations = FXCollections.observableArrayList();
    private final ObservableList<DelegationSummary> delegationsView =
            FXCollections.unmodifiableObservableList(delegations);
    private final InvalidationListener mapChanged = o -> attach();
    private Analyses analyses;
    private boolean attaching;

    /** The explore state of {@code main}'s map. */
    public ExploreViewModel(MainViewModel main) {
        this.main = main;
        this.find = new FindViewModel(main);
        this.filters = new FilterViewModel(this::push);
        this.focus = new FocusViewModel(this::push);
        this.routes = new RouteViewModel(this::push);
        this.centrality = new CentralityViewModel(main);
        main.mapProperty().addListener(mapChanged);
        attach();
    }

    /** Finding actors by name. */
    public FindViewModel find() {
        return find;
    }

    /** What the graph shows. */
    public FilterViewModel filters() {
        return filters;
    }

    /** One actor's neighbourhood. */
    public FocusViewModel focus() {
        return focus;
    }

    /** Paths between two actors and chains of authority. */
    public RouteViewModel routes() {
        return routes;
    }

    /** Rankings of actors. */
    public CentralityViewModel centrality() {
        return centrality;
    }

    /** Every delegation of the map, in dataset order. */
    public ObservableList<DelegationSummary> delegations() {
        return delegationsView;
    }

    /** The graph of the open map, or {@code null} before one is open. */
    public ActorGraph graph() {
        return analyses == null ? null : analyses.graph();
    }

    /** Stops following the main view model. */
    public void dispose() {
        main.mapProperty().removeListener(mapChanged);
    }

    private void attach() {
        OpenMap map = main.mapProperty().get();
        analyses = map == null ? null : new Analyses(map.prepared().graph());
        attaching = true;
        try {
            find.attach(analyses);
            filters.attach(analyses);
            focus.attach(analyses);
            routes.attach(analyses);
            centrality.attach(analyses);
            delegations.setAll(analyses == null ? List.of() : analyses.delegations());
        } finally {
            attaching = false;
        }
        push();
    }

    /** Hands the merged hidden and highlighted elements to the graph: a route outshines a focus. */
    private void push() {
        if (attaching) {
            return;
        }
        Set<String> hiddenActors = new HashSet<>(filters.hiddenActors());
        hiddenActors.addAll(focus.hiddenActors());
        Set<String> hiddenLinks = new HashSet<>(filters.hiddenLinks());
        hiddenLinks.addAll(focus.hiddenLinks());
        main.setHidden(hiddenActors, hiddenLinks);
        if (routes.shownProperty().get() != null) {
            main.setHighlight(routes.highlightedActors(), routes.highlightedLinks());
        } else {
            main.setHighlight(focus.highlightedActors(), focus.highlightedLinks());
        }
    }
}
