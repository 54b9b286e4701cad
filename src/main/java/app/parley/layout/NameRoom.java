package app.parley.layout;

/**
 * The room an actor's name takes when it is set over its card, larger than the card, at the fit of a small window
 * (1024 × 700 or 1366 × 768): layouts of small graphs keep the cards that far apart, and an undrawn
 * {@link Backdrop.Kind#ROOM} keeps the names over the outermost cards inside the map.
 */
final class NameRoom {

    /** How many times its card's width a name set over the card takes across, at the fit of a small window. */
    static final double GROWTH_X = 3.6;
    /** How many times its card's height a name set over the card takes down, at the fit of a small window. */
    static final double GROWTH_Y = 1.7;

    private NameRoom() {
    }

    /** The room the names take around the cards where {@code model} places them, as an undrawn backdrop. */
    static Backdrop around(LayoutGraph graph, LayoutModel model) {
        PointExtent room = PointExtent.ofBoxes(graph, model, GROWTH_X, GROWTH_Y);
        return new Backdrop(Backdrop.Kind.ROOM, room.minX(), room.minY(), room.width(), room.height(), "");
    }
}
