package app.parley.session;

import app.parley.model.Dataset;

/**
 * Deletes a story step.
 *
 * @param index the step (0-based)
 */
public record DeleteStep(int index) implements Command {

    @Override
    public String label(Dataset before) {
        return "Delete step " + (index + 1);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        var steps = draft.list(Part.STEPS);
        if (index < 0 || index >= steps.size()) {
            throw new EditRefused("The story has no step " + (index + 1) + ".");
        }
        draft.remove(Part.STEPS, steps.get(index).id());
    }
}
