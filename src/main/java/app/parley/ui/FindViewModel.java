package app.parley.ui;

import app.parley.model.Actor;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Finds an actor by name or alias as it is typed, accents and capitals optional, and selects and centres the one
 * chosen.
 */
public final class FindViewModel {

    /** How many suggestions are offered while typing. */
    public static final int SUGGESTIONS = 8;

    private final MainViewModel main;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** Read by the suggestion popup's own thread too. */
    private volatile Analyses analyses;

    FindViewModel(MainViewModel main) {
        this.main = main;
    }

    /** Why the last search found nothing, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The best actors for what has been typed so far; safe to call from any thread. */
    public List<Actor> suggestions(String typed) {
        Analyses current = analyses;
        return current == null || typed == null ? List.of() : current.search().suggest(typed, SUGGESTIONS);
    }

    /** Selects and centres the best match for {@code typed}; says so when nothing matches. */
    public boolean find(String typed) {
        if (analyses == null || typed == null || typed.isBlank()) {
            message.set("");
            return false;
        }
        List<Actor> best = analyses.search().suggest(typed, 1);
        if (best.isEmpty()) {
            List<Actor> near = analyses.search().nearMisses(typed);
            message.set("No actor called “" + typed.strip() + "”" + (near.isEmpty() ? "."
                    : ". Did you mean " + near.stream().map(Actor::name).collect(Collectors.joining(", ")) + "?"));
            return false;
        }
        choose(best.get(0));
        return true;
    }

    /**
     * Selects and centres an actor picked from the suggestions; says so when the filters or a focus hide it, since
     * the map then shows nothing where it is.
     */
    public void choose(Actor actor) {
        boolean hidden = main.viewStateProperty().get().hiddenActors().contains(actor.id());
        message.set(hidden ? actor.name() + " is hidden by the filters or the focus; Reset in the Explore tab shows "
                + "everyone again." : "");
        main.selectActor(actor.id());
        main.centreOn(actor.id());
    }

    /** Forgets the last message. */
    public void clearMessage() {
        message.set("");
    }

    void attach(Analyses analyses) {
        this.analyses = analyses;
        message.set("");
    }
}
