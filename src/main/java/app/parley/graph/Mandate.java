package app.parley.graph;

import app.parley.model.Actor;

/**
 * A "gave mandate to" link into a delegation: who gave it, whom it went to (the delegation or one of its people), and
 * the sentence of the article that states it, which says what the mandate is for.
 *
 * @param giver     who gave the mandate
 * @param recipient the delegation or the delegate that received it
 * @param link      the link stating it
 * @param sentence  the whole sentence around the link's evidence
 */
public record Mandate(Actor giver, Actor recipient, Link link, String sentence) {
}
