package app.parley.graph;

import app.parley.model.Actor;

/**
 * A "gave mandate to" link into a delegation: who gave it and whom it went to (the delegation or one of its people).
 *
 * @param giver     who gave the mandate
 * @param recipient the delegation or the delegate that received it
 * @param link      the link stating it
 */
public record Mandate(Actor giver, Actor recipient, Link link) {
}
