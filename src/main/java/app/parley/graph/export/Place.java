package app.parley.graph.export;

/**
 * Where an actor's card stands in the drawing, in Parley's world units (y grows downwards).
 *
 * @param x      the card's centre, horizontally
 * @param y      the card's centre, vertically
 * @param width  the card's width
 * @param height the card's height
 */
public record Place(double x, double y, double width, double height) {

    /** Checks that every number is finite and the size not negative. */
    public Place {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(width >= 0) || !(height >= 0)
                || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("A place needs finite coordinates and a size, not " + x + ", " + y
                    + ", " + width + " × " + height);
        }
    }
}
