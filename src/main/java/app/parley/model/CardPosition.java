package app.parley.model;

/**
 * Where the user placed an actor's card on the map, in world units (the centre of the card); such cards stay put
 * when the map is laid out again.
 *
 * @param x horizontal centre
 * @param y vertical centre (down is positive)
 */
public record CardPosition(double x, double y) {

    /** Checks that both coordinates are finite numbers. */
    public CardPosition {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("A card position needs finite coordinates, not (" + x + ", " + y + ")");
        }
    }
}
