package app.parley.session;

import app.parley.model.Dataset;

/** One change a user makes to a map, as {@link MapSession#execute(Command)} carries it out; undoable as a whole. */
public interface Command {

    /** How Edit › Undo names the change ("Delete Hakan Fidan"), worded for the map as it is before it. */
    String label(Dataset before);

    /**
     * Makes the change in {@code draft}.
     *
     * @throws EditRefused when the change would leave the map invalid; nothing is changed then
     */
    void perform(Draft draft) throws EditRefused;
}
