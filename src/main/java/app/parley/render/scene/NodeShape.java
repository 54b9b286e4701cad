package app.parley.render.scene;

import app.parley.model.ActorKind;
import app.parley.model.Side;

/**
 * An actor's card placed in the world.
 *
 * @param index   vertex number
 * @param actorId actor identifier
 * @param kind    drawn as a pill (person), a hexagon-ended box (state), a box (organization) or a double box
 *                (delegation)
 * @param side    fill and border colour
 * @param box     where the card stands
 * @param card    size and text lines
 */
public record NodeShape(int index, String actorId, ActorKind kind, Side side, Bounds box, NodeCard card) {
}
