package app.parley.session;

/**
 * The state of a session's map at one moment, taken when a save starts, so the map counts as saved only in that
 * state even if it changed while the file was written.
 *
 * @param state   the number of the state in the session's history
 */
public record SavePoint(long state) {
}
