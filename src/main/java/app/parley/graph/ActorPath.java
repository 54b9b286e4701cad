package app.parley.graph;

import app.parley.model.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A walk from one actor to another, step by step; a path of no steps starts and ends at the same actor.
 *
 * @param from  the first actor
 * @param to    the last actor
 * @param steps the steps in order, each starting where the previous one ended
 */
public record ActorPath(Actor from, Actor to, List<Step> steps) {

    /** Checks that the steps join up from {@code from} to {@code to} and freezes them. */
    public ActorPath {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        steps = List.copyOf(steps);
        Actor at = from;
        for (Step step : steps) {
            if (!step.from().equals(at)) {
                throw new IllegalArgumentException("Step from " + step.from().id() + " does not start at " + at.id());
            }
            at = step.to();
        }
        if (!at.equals(to)) {
            throw new IllegalArgumentException("Path ends at " + at.id() + ", not " + to.id());
        }
    }

    /** The number of steps. */
    public int length() {
        return steps.size();
    }

    /** The actors visited, from first to last. */
    public List<Actor> actors() {
        List<Actor> actors = new ArrayList<>(List.of(from));
        steps.forEach(step -> actors.add(step.to()));
        return List.copyOf(actors);
    }
}
