package app.parley.ui;

import app.parley.graph.Link;
import app.parley.graph.Neighbourhood;
import app.parley.model.Actor;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Shows one actor's neighbourhood, one or two links deep, with everything else faded or hidden. */
public final class FocusViewModel {

    /** What happens to the actors outside the neighbourhood. */
    public enum Mode {
        /** They stay, faded. */
        FADE("Fade the others"),
        /** They are not drawn. */
        HIDE("Hide the others");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        /** How the choice reads. */
        public String label() {
            return label;
        }
    }

    private final ReadOnlyObjectWrapper<Neighbourhood> neighbourhood = new ReadOnlyObjectWrapper<>(this,
            "neighbourhood");
    private final ReadOnlyIntegerWrapper depth = new ReadOnlyIntegerWrapper(this, "depth", 1);
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.FADE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Runnable changed;
    private Analyses analyses;

    FocusViewModel(Runnable changed) {
        this.changed = changed;
    }

    /** The neighbourhood shown, or {@code null} when there is no focus. */
    public ReadOnlyObjectProperty<Neighbourhood> neighbourhoodProperty() {
        return neighbourhood.getReadOnlyProperty();
    }

    /** How many links deep the focus reaches: 1 or 2. */
    public ReadOnlyIntegerProperty depthProperty() {
        return depth.getReadOnlyProperty();
    }

    /** Whether the others are faded or hidden. */
    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** Reaches one or two links deep; a focus already on follows. */
    public void setDepth(int links) {
        if (links < 1 || links > 2) {
            throw new IllegalArgumentException("Focus depth must be 1 or 2, not " + links);
        }
        depth.set(links);
        Neighbourhood shown = neighbourhood.get();
        if (shown != null && shown.depth() != links) {
            focusOn(shown.centre().id());
        }
    }

    /** Fades or hides the actors outside the focus. */
    public void setMode(Mode next) {
        mode.set(Objects.requireNonNull(next, "mode"));
        changed.run();
    }

    /** "Rustem Umerov and the 4 actors one link away." or empty without a focus. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Focuses on an actor's neighbourhood at the current depth. */
    public void focusOn(String actorId) {
        if (analyses == null) {
            return;
        }
        Neighbourhood around = Neighbourhood.of(analyses.graph(), actorId, depth.get());
        neighbourhood.set(around);
        int others = around.actors().size() - 1;
        summary.set(around.centre().name() + " and the " + others + (others == 1 ? " actor " : " actors ")
                + (around.depth() == 1 ? "one link away." : "at most two links away."));
        changed.run();
    }

    /** Ends the focus. */
    public void clear() {
        neighbourhood.set(null);
        summary.set("");
        changed.run();
    }

    /** Whether a focus is on. */
    boolean active() {
        return neighbourhood.get() != null;
    }

    /** The actors outside the neighbourhood when they are to be hidden. */
    Set<String> hiddenActors() {
        return mode.get() == Mode.HIDE ? outside() : Set.of();
    }

    /** The links outside the neighbourhood when they are to be hidden. */
    Set<String> hiddenLinks() {
        if (mode.get() != Mode.HIDE || !active()) {
            return Set.of();
        }
        Set<String> inside = linksInside();
        Set<String> links = new HashSet<>();
        analyses.graph().links().stream().map(Link::id).filter(id -> !inside.contains(id)).forEach(links::add);
        return links;
    }

    /** The neighbourhood's actors, when the others are to fade. */
    Set<String> highlightedActors() {
        if (mode.get() != Mode.FADE || !active()) {
            return Set.of();
        }
        Set<String> actors = new HashSet<>();
        neighbourhood.get().actors().stream().map(Actor::id).forEach(actors::add);
        return actors;
    }

    /** The neighbourhood's links, when the others are to fade. */
    Set<String> highlightedLinks() {
        return mode.get() == Mode.FADE && active() ? linksInside() : Set.of();
    }

    void attach(Analyses analyses) {
        this.analyses = analyses;
        neighbourhood.set(null);
        summary.set("");
    }

    private Set<String> outside() {
        if (!active()) {
            return Set.of();
        }
        Set<String> actors = new HashSet<>();
        Neighbourhood around = neighbourhood.get();
        analyses.graph().actors().stream().map(Actor::id).filter(id -> !around.contains(id)).forEach(actors::add);
        return actors;
    }

    private Set<String> linksInside() {
        Set<String> links = new HashSet<>();
        neighbourhood.get().links().stream().map(Link::id).forEach(links::add);
        return links;
    }
}
