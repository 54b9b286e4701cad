package app.parley.session;

import app.parley.model.Dataset;

/**
 * Moves a story step to another place.
 *
 * @param from its index now (0-based)
 * @param to   its index afterwards
 */
public record MoveStep(int from, int to) implements Command {

    @Override
    public String label(Dataset before) {
        return "Move step " + (from + 1) + (to < from ? " up" : " down");
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        int size = draft.list(Part.STEPS).size();
        if (from < 0 || from >= size || to < 0 || to >= size) {
            throw new EditRefused("The story has no step " + (Math.max(from, to) + 1) + ".");
        }
        if (from != to) {
            draft.move(Part.STEPS, from, to);
        }
    }
}
