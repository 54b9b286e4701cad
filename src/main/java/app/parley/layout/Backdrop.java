package app.parley.layout;

/**
 * A shape a layout places behind the vertices, such as the negotiating table.
 *
 * @param kind   what it depicts
 * @param x      left edge
 * @param y      top edge
 * @param width  width
 * @param height height
 * @param label  caption drawn with it, or an empty string
 */
public record Backdrop(Kind kind, double x, double y, double width, double height, String label) {

    /** What a backdrop depicts. */
    public enum Kind {
        /** The negotiating table. */
        TABLE,
        /** An area where one camp's actors are grouped. */
        ZONE,
        /**
         * Room a layout keeps free around its actors for their names, set over the cards larger than the cards when
         * the map is fitted to a small window; it takes part in the map's extent but is not drawn.
         */
        ROOM
    }
}
