package app.parley.session;

import app.parley.model.Dataset;
import app.parley.model.StoryStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends a story step. A step whose id is blank or taken gets {@code step-N}, the smallest free N from the step
 * count up.
 *
 * @param step the step
 */
public record AddStep(StoryStep step) implements Command {

    @Override
    public String label(Dataset before) {
        return "Add step " + (before.story().size() + 1);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        List<StoryStep> steps = draft.list(Part.STEPS);
        Checks.text(step.caption(), "A caption");
        boolean taken = step.id().isBlank() || steps.stream().anyMatch(s -> s.id().equals(step.id()));
        StoryStep added = taken ? withId(step, freeId(steps)) : step;
        List<StoryStep> after = new ArrayList<>(steps);
        after.add(added);
        Checks.story(draft, after);
        draft.add(Part.STEPS, added);
        draft.created(added.id());
    }

    /** A step id not used yet: {@code step-N} with the smallest free N from the step count up. */
    public static String freeId(List<StoryStep> steps) {
        for (int n = steps.size() + 1; ; n++) {
            String id = "step-" + n;
            if (steps.stream().noneMatch(s -> s.id().equals(id))) {
                return id;
            }
        }
    }

    private static StoryStep withId(StoryStep step, String id) {
        return new StoryStep(id, step.caption(), step.revealActorIds(), step.revealLinkIds(), step.highlightActorIds(),
                step.highlightLinkIds(), step.quoteIds(), step.frameActorIds());
    }
}
