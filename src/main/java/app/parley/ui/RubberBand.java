package app.parley.ui;

import app.parley.render.scene.Bounds;

/** The rectangle dragged with Shift on the map's background, in view pixels, to pick the cards it touches. */
final class RubberBand {

    private boolean active;
    private double startX;
    private double startY;
    private double endX;
    private double endY;

    void start(double x, double y) {
        active = true;
        startX = x;
        startY = y;
        endX = x;
        endY = y;
    }

    void to(double x, double y) {
        endX = x;
        endY = y;
    }

    void stop() {
        active = false;
    }

    boolean active() {
        return active;
    }

    /** The rectangle in view pixels. */
    Bounds area() {
        return Bounds.between(startX, startY, endX, endY);
    }
}
