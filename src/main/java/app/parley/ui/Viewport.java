package app.parley.ui;

import app.parley.render.scene.Bounds;

/** Maps world coordinates to the view's pixels: {@code screen = world * zoom + pan}. */
final class Viewport {

    static final double MIN_ZOOM = 0.001;
    static final double MAX_ZOOM = 8;

    private double zoom = 1;
    private double panX;
    private double panY;

    double zoom() {
        return zoom;
    }

    double toWorldX(double screenX) {
        return (screenX - panX) / zoom;
    }

    double toWorldY(double screenY) {
        return (screenY - panY) / zoom;
    }

    double toScreenX(double worldX) {
        return worldX * zoom + panX;
    }

    double toScreenY(double worldY) {
        return worldY * zoom + panY;
    }

    /** Moves the picture by a number of pixels. */
    void pan(double dx, double dy) {
        panX += dx;
        panY += dy;
    }

    /** Zooms by {@code factor}, keeping the world point under (sx, sy) where it is. */
    void zoomAround(double factor, double sx, double sy) {
        double target = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        double wx = toWorldX(sx);
        double wy = toWorldY(sy);
        zoom = target;
        panX = sx - wx * zoom;
        panY = sy - wy * zoom;
    }

    /** Shows the whole of {@code world} centred in a view of the given size, with a pixel margin. */
    void fit(Bounds world, double width, double height, double margin) {
        if (world.width() <= 0 || world.height() <= 0 || width <= 2 * margin || height <= 2 * margin) {
            return;
        }
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM,
                Math.min((width - 2 * margin) / world.width(), (height - 2 * margin) / world.height())));
        centreOn(world.centerX(), world.centerY(), width, height);
    }

    /** Pans so that a world point lies in the middle of the view. */
    void centreOn(double worldX, double worldY, double width, double height) {
        panX = width / 2 - worldX * zoom;
        panY = height / 2 - worldY * zoom;
    }

    /** The world rectangle a view of the given size shows. */
    Bounds visibleWorld(double width, double height) {
        return new Bounds(toWorldX(0), toWorldY(0), width / zoom, height / zoom);
    }
}
