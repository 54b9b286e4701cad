package app.parley.ui;

import app.parley.graph.ActorPath;
import app.parley.graph.Step;
import app.parley.model.Actor;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Routes through the map that the graph highlights: the shortest connections between two chosen actors, and a
 * delegate's chain of authority up to a head of state. One route is highlighted at a time.
 */
public final class RouteViewModel {

    /** How many paths are listed, the shortest and the next shortest ones. */
    public static final int PATH_LIMIT = 5;

    private final ReadOnlyObjectWrapper<Actor> from = new ReadOnlyObjectWrapper<>(this, "from");
    private final ReadOnlyObjectWrapper<Actor> to = new ReadOnlyObjectWrapper<>(this, "to");
    private final ObservableList<ActorPath> paths = FXCollections.observableArrayList();
    private final ObservableList<ActorPath> pathsView = FXCollections.unmodifiableObservableList(paths);
    private final ReadOnlyStringWrapper pathMessage = new ReadOnlyStringWrapper(this, "pathMessage",
            "Pick two actors to see how they are connected.");
    private final ReadOnlyObjectWrapper<Actor> chainOf = new ReadOnlyObjectWrapper<>(this, "chainOf");
    private final ReadOnlyObjectWrapper<ActorPath> chain = new ReadOnlyObjectWrapper<>(this, "chain");
    private final ReadOnlyStringWrapper chainMessage = new ReadOnlyStringWrapper(this, "chainMessage", "");
    private final ReadOnlyObjectWrapper<ActorPath> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final Runnable changed;
    private Analyses analyses;

    RouteViewModel(Runnable changed) {
        this.changed = changed;
    }

    /** Where the connection starts. */
    public ReadOnlyObjectProperty<Actor> fromProperty() {
        return from.getReadOnlyProperty();
    }

    /** Where the connection ends. */
    public ReadOnlyObjectProperty<Actor> toProperty() {
        return to.getReadOnlyProperty();
    }

    /** The paths found, shortest first. */
    public ObservableList<ActorPath> paths() {
        return pathsView;
    }

    /** What the path search found, in a sentence. */
    public ReadOnlyStringProperty pathMessageProperty() {
        return pathMessage.getReadOnlyProperty();
    }

    /** The actor whose chain of authority was asked for, or {@code null}. */
    public ReadOnlyObjectProperty<Actor> chainOfProperty() {
        return chainOf.getReadOnlyProperty();
    }

    /** That chain, or {@code null} if none was asked for or none reaches a head of state. */
    public ReadOnlyObjectProperty<ActorPath> chainProperty() {
        return chain.getReadOnlyProperty();
    }

    /** What the chain search found, in a sentence. */
    public ReadOnlyStringProperty chainMessageProperty() {
        return chainMessage.getReadOnlyProperty();
    }

    /** The route highlighted on the graph now, or {@code null}. */
    public ReadOnlyObjectProperty<ActorPath> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Sets where the connection starts; {@code null} clears it. */
    public void setFrom(Actor actor) {
        from.set(actor);
    }

    /** Sets where the connection ends; {@code null} clears it. */
    public void setTo(Actor actor) {
        to.set(actor);
    }

    /** Exchanges the two ends. */
    public void swap() {
        Actor first = from.get();
        from.set(to.get());
        to.set(first);
    }

    /** Finds the shortest paths between the two chosen actors and highlights the first. */
    public void findPaths() {
        paths.clear();
        Actor a = from.get();
        Actor b = to.get();
        if (analyses == null || a == null || b == null) {
            pathMessage.set("Pick two actors to see how they are connected.");
            show(null);
            return;
        }
        if (a.equals(b)) {
            pathMessage.set("Pick two different actors.");
            show(null);
            return;
        }
        List<ActorPath> found = analyses.connections().paths(a.id(), b.id(), PATH_LIMIT);
        paths.setAll(found);
        if (found.isEmpty()) {
            pathMessage.set(a.name() + " and " + b.name() + " are not connected in this map.");
            show(null);
        } else {
            int shortest = found.get(0).length();
            pathMessage.set(found.size() + (found.size() == 1 ? " path" : " paths") + ", the shortest "
                    + shortest + (shortest == 1 ? " step" : " steps") + "; links are read either way.");
            show(found.get(0));
        }
    }

    /** Highlights one route on the graph; {@code null} ends the highlight. */
    public void show(ActorPath path) {
        shown.set(path);
        changed.run();
    }

    /** Finds and highlights the chain of authority from an actor up to a head of state. */
    public void showChain(String actorId) {
        if (analyses == null) {
            return;
        }
        Actor actor = analyses.graph().actor(actorId)
                .orElseThrow(() -> new IllegalArgumentException("No actor has the id \"" + actorId + "\""));
        Optional<ActorPath> found = analyses.chains().from(actorId);
        chainOf.set(actor);
        chain.set(found.orElse(null));
        if (found.isEmpty()) {
            chainMessage.set("No chain of “member of”, “leads”, “represents”, “sent” or “gave mandate to” links "
                    + "leads from " + actor.name() + " to a head of state in this map.");
            show(null);
        } else if (found.get().length() == 0) {
            chainMessage.set(actor.name() + " is a head of state.");
            show(null);
        } else {
            int steps = found.get().length();
            chainMessage.set(actor.name() + " answers to " + found.get().to().name() + " in " + steps
                    + (steps == 1 ? " step." : " steps."));
            show(found.get());
        }
    }

    /** Forgets the paths and the chain and ends the highlight. */
    public void clear() {
        paths.clear();
        pathMessage.set("Pick two actors to see how they are connected.");
        chainOf.set(null);
        chain.set(null);
        chainMessage.set("");
        show(null);
    }

    /** The actors of the route shown. */
    Set<String> highlightedActors() {
        Set<String> actors = new HashSet<>();
        if (shown.get() != null) {
            shown.get().actors().forEach(a -> actors.add(a.id()));
        }
        return actors;
    }

    /** The links of the route shown. */
    Set<String> highlightedLinks() {
        Set<String> links = new HashSet<>();
        if (shown.get() != null) {
            shown.get().steps().stream().map(Step::link).forEach(l -> links.add(l.id()));
        }
        return links;
    }

    void attach(Analyses analyses) {
        this.analyses = analyses;
        from.set(null);
        to.set(null);
        paths.clear();
        pathMessage.set("Pick two actors to see how they are connected.");
        chainOf.set(null);
        chain.set(null);
        chainMessage.set("");
        shown.set(null);
    }
}
