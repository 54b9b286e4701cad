package app.parley.ui;

/**
 * A link being drawn on the map: from a card's edge to wherever the pointer is, until it is let go over another card
 * (or, after *Link to…*, until another card is clicked).
 */
final class LinkDrag {

    private String fromId;
    private boolean waitingForClick;
    private double x;
    private double y;

    /** Starts a drag from a card's edge. */
    void drag(String actorId, double px, double py) {
        fromId = actorId;
        waitingForClick = false;
        to(px, py);
    }

    /** Starts waiting for the click on the card to link to. */
    void waitForTarget(String actorId, double px, double py) {
        fromId = actorId;
        waitingForClick = true;
        to(px, py);
    }

    void to(double px, double py) {
        x = px;
        y = py;
    }

    void stop() {
        fromId = null;
        waitingForClick = false;
    }

    boolean active() {
        return fromId != null;
    }

    boolean waitingForClick() {
        return fromId != null && waitingForClick;
    }

    boolean dragging() {
        return fromId != null && !waitingForClick;
    }

    String fromId() {
        return fromId;
    }

    double x() {
        return x;
    }

    double y() {
        return y;
    }
}
