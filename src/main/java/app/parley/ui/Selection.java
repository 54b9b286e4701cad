package app.parley.ui;

import app.parley.graph.Link;
import app.parley.model.Actor;

/** What the user has selected: nothing, an actor, or a link. */
public sealed interface Selection {

    /** Nothing is selected. */
    Selection NONE = new Nothing();

    /** No selection. */
    record Nothing() implements Selection {
    }

    /**
     * An actor is selected.
     *
     * @param actor the actor
     */
    record OfActor(Actor actor) implements Selection {
    }

    /**
     * A link is selected.
     *
     * @param link the role or relation
     */
    record OfLink(Link link) implements Selection {
    }
}
