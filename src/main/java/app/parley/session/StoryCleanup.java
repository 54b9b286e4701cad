package app.parley.session;

import app.parley.model.StoryStep;
import java.util.List;
import java.util.Set;

/** Takes deleted actors, links and quotes out of every story step that names them. */
final class StoryCleanup {

    private StoryCleanup() {
    }

    /** The steps that name any of the ids. */
    static List<StoryStep> touched(List<StoryStep> steps, Set<String> actors, Set<String> links, Set<String> quotes) {
        return steps.stream().filter(step -> !cleaned(step, actors, links, quotes).equals(step)).toList();
    }

    /** Removes the ids from every step of {@code draft}. */
    static void remove(Draft draft, Set<String> actors, Set<String> links, Set<String> quotes) {
        for (StoryStep step : List.copyOf(draft.list(Part.STEPS))) {
            draft.replace(Part.STEPS, cleaned(step, actors, links, quotes));
        }
    }

    private static StoryStep cleaned(StoryStep step, Set<String> actors, Set<String> links, Set<String> quotes) {
        return new StoryStep(step.id(), step.caption(), without(step.revealActorIds(), actors),
                without(step.revealLinkIds(), links), without(step.highlightActorIds(), actors),
                without(step.highlightLinkIds(), links), without(step.quoteIds(), quotes),
                without(step.frameActorIds(), actors));
    }

    private static List<String> without(List<String> ids, Set<String> removed) {
        return ids.stream().anyMatch(removed::contains) ? ids.stream().filter(id -> !removed.contains(id)).toList() : ids;
    }
}
