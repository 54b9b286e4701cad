package app.parley.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of steps that tells what a map shows, as a teacher would present it; saved with the dataset.
 *
 * @param steps the steps, in the order they are shown
 */
public record Story(List<StoryStep> steps) {

    /** The story of a dataset that has none. */
    public static final Story EMPTY = new Story(List.of());

    /** Freezes the steps. */
    public Story {
        steps = List.copyOf(steps == null ? List.of() : steps);
    }

    /** Whether there are no steps. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The number of steps. */
    public int size() {
        return steps.size();
    }

    /** The step at {@code index} (0-based). */
    public StoryStep step(int index) {
        if (index < 0 || index >= steps.size()) {
            throw new IllegalArgumentException("Step " + (index + 1) + " is outside the story of " + steps.size()
                    + " steps");
        }
        return steps.get(index);
    }

    /** The actors shown at step {@code index}: every actor revealed by it and the steps before it, in reveal order. */
    public Set<String> actorsShownAt(int index) {
        Set<String> shown = new LinkedHashSet<>();
        for (int i = 0; i <= index; i++) {
            shown.addAll(step(i).revealActorIds());
        }
        return shown;
    }

    /** The links revealed by step {@code index} and the steps before it (drawn only where both ends are shown). */
    public Set<String> linksRevealedAt(int index) {
        Set<String> shown = new LinkedHashSet<>();
        for (int i = 0; i <= index; i++) {
            shown.addAll(step(i).revealLinkIds());
        }
        return shown;
    }

    /** Every quote the story shows, once each, in the order they first appear. */
    public Set<String> quoteIds() {
        Set<String> quotes = new LinkedHashSet<>();
        steps.forEach(s -> quotes.addAll(s.quoteIds()));
        return quotes;
    }

    /** The same story with {@code step} appended. */
    public Story with(StoryStep step) {
        List<StoryStep> more = new ArrayList<>(steps);
        more.add(step);
        return new Story(more);
    }
}
