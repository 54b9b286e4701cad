package app.parley.ui;

/**
 * A request to bring an actor's card into the middle of the graph view; the serial makes a repeated request for the
 * same actor a new value.
 *
 * @param actorId the actor to centre on
 * @param serial  increases with every request
 */
public record CentreRequest(String actorId, long serial) {
}
