package app.parley.session;

import app.parley.model.Dataset;

/**
 * Changes a story step's caption.
 *
 * @param index   the step (0-based)
 * @param caption the new caption
 */
public record RenameStep(int index, String caption) implements Command {

    @Override
    public String label(Dataset before) {
        return "Rename step " + (index + 1);
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        var steps = draft.list(Part.STEPS);
        if (index < 0 || index >= steps.size()) {
            throw new EditRefused("The story has no step " + (index + 1) + ".");
        }
        draft.replace(Part.STEPS, steps.get(index).withCaption(Checks.text(caption, "A caption")));
    }
}
