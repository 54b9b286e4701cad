package app.parley.io.interop;

/**
 * Where a file placed an actor, in Parley's world units (y grows downwards).
 *
 * @param x horizontal centre
 * @param y vertical centre
 */
public record Point(double x, double y) {
}
