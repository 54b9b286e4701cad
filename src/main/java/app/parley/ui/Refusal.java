package app.parley.ui;

import app.parley.model.Dataset;
import app.parley.session.Command;
import app.parley.session.Draft;
import app.parley.session.EditRefused;

/**
 * A command a form hands over when its fields cannot make the edit (a name that is no actor): the session refuses it
 * with {@code message}, so the form shows it like any other refusal.
 *
 * @param message why, in one plain sentence
 */
record Refusal(String message) implements Command {

    @Override
    public String label(Dataset before) {
        return "Refused edit";
    }

    @Override
    public void perform(Draft draft) throws EditRefused {
        throw new EditRefused(message);
    }
}
