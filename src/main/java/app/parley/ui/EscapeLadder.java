package app.parley.ui;

import app.parley.graph.ActorPath;
import app.parley.graph.Step;
import javafx.beans.InvalidationListener;

/**
 * What Esc undoes, one step at a time: first a highlighted path or chain of authority, then the selection, then a
 * focus on a neighbourhood, then the filters. Selecting anything off a highlighted path, or clicking the map's
 * background, also ends that highlight, so no highlight outlives what it was about.
 */
public final class EscapeLadder {

    private final MainViewModel main;
    private final ExploreViewModel explore;
    private final InvalidationListener selectionChanged = o -> endHighlightOffPath();

    /** A ladder over the window's selection and the explore state. */
    public EscapeLadder(MainViewModel main, ExploreViewModel explore) {
        this.main = main;
        this.explore = explore;
        main.selectionProperty().addListener(selectionChanged);
    }

    /** Stops following the selection. */
    public void dispose() {
        main.selectionProperty().removeListener(selectionChanged);
    }

    /** Clears the next thing on the ladder; returns false when nothing was left to clear. */
    public boolean stepBack() {
        if (explore.routes().shownProperty().get() != null) {
            explore.routes().show(null);
            main.work().say("Highlight cleared.");
        } else if (!(main.selectionProperty().get() instanceof Selection.Nothing)) {
            main.clearSelection();
        } else if (explore.focus().neighbourhoodProperty().get() != null) {
            explore.focus().clear();
            main.work().say("Focus ended: every actor is shown.");
        } else if (!explore.filters().filterProperty().get().showsEverything()) {
            explore.filters().reset();
            main.work().say("Filters reset: every actor and link is shown.");
        } else {
            return false;
        }
        return true;
    }

    /** Ends a highlighted path or chain of authority, if one is shown. */
    public void endHighlight() {
        if (explore.routes().shownProperty().get() != null) {
            explore.routes().show(null);
        }
    }

    private void endHighlightOffPath() {
        ActorPath shown = explore.routes().shownProperty().get();
        if (shown == null) {
            return;
        }
        Selection selection = main.selectionProperty().get();
        boolean onPath = false;
        if (selection instanceof Selection.OfActor actor) {
            onPath = shown.actors().stream().anyMatch(a -> a.id().equals(actor.actor().id()));
        } else if (selection instanceof Selection.OfLink link) {
            onPath = shown.steps().stream().map(Step::link).anyMatch(l -> l.id().equals(link.link().id()));
        }
        if (!onPath) {
            explore.routes().show(null);
        }
    }
}
