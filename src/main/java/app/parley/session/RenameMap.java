package app.parley.session;

import app.parley.model.Dataset;

/**
 * Changes the map's title.
 *
 * @param title the new title
 */
public record RenameMap(String title) implements Command {

    @Override
    public String label(Dataset before) {
        return "Rename map";
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        draft.retitle(Checks.text(title, "A title"));
    }
}
