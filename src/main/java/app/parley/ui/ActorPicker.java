package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.graph.ActorSearch;
import app.parley.model.Actor;
import java.util.List;

/**
 * An {@link ActorField} for choosing an actor of the open map by typing part of a name or alias; remembers the actor
 * chosen, and reads a name typed without choosing as the best suggestion.
 */
final class ActorPicker {

    private static final int SUGGESTIONS = 8;

    private final ActorSearch search;
    private final ActorField field;
    private Actor chosen;

    ActorPicker(ActorGraph graph, Actor initial, String id) {
        search = new ActorSearch(graph);
        field = new ActorField(typed -> typed == null || typed.isBlank() ? List.of() : search.suggest(typed, SUGGESTIONS));
        field.setId(id);
        field.setPromptText("type a name");
        field.setOnChosen(actor -> chosen = actor);
        if (initial != null) {
            chosen = initial;
            field.show(initial);
        }
    }

    /** The field. */
    ActorField field() {
        return field;
    }

    /** The actor chosen or named in the field, or {@code null}. */
    Actor actor() {
        String typed = field.getText();
        if (chosen != null && chosen.name().equals(typed)) {
            return chosen;
        }
        if (typed == null || typed.isBlank()) {
            return null;
        }
        List<Actor> best = search.suggest(typed, 1);
        return best.isEmpty() ? null : best.get(0);
    }

    /** The chosen actor's id, or {@code null}. */
    String actorId() {
        Actor actor = actor();
        return actor == null ? null : actor.id();
    }
}
