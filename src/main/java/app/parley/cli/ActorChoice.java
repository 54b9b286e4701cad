package app.parley.cli;

import app.parley.graph.ActorSearch;
import app.parley.model.Actor;
import java.io.PrintWriter;
import java.util.Optional;

/** Turns a name typed on the command line into one actor, or explains to the user why it cannot. */
final class ActorChoice {

    private ActorChoice() {
    }

    /**
     * The actor {@code name} means; when it fits several or none, prints the candidates (or near misses) to
     * {@code err} and returns empty.
     */
    static Optional<Actor> resolve(ActorSearch search, String name, PrintWriter err) {
        ActorSearch.Resolution resolution = search.resolve(name);
        if (resolution.outcome() == ActorSearch.Outcome.FOUND) {
            return resolution.actor();
        }
        if (resolution.outcome() == ActorSearch.Outcome.AMBIGUOUS) {
            err.println("\"" + name + "\" could be any of these actors; name one by its id or full name:");
        } else if (resolution.candidates().isEmpty()) {
            err.println("No actor is called \"" + name + "\" in this dataset, and no name comes close. Name an actor "
                    + "by its id, name or alias; \"analyze --centrality degree --limit 1000\" lists them all.");
        } else {
            err.println("No actor is called \"" + name + "\" in this dataset. Did you mean:");
        }
        int width = resolution.candidates().stream().mapToInt(a -> a.id().length()).max().orElse(0);
        for (Actor candidate : resolution.candidates()) {
            err.println("  " + String.format("%-" + width + "s", candidate.id()) + "  " + candidate.name());
        }
        err.flush();
        return Optional.empty();
    }
}
