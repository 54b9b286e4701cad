package app.parley.render.fx;

import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;

/** What a canvas shows, as ARGB pixels row by row. */
final class CanvasPixels {

    private CanvasPixels() {
    }

    /** The top left {@code width} x {@code height} pixels of {@code canvas}; call on the JavaFX thread. */
    static int[] of(Canvas canvas, int width, int height) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setViewport(new Rectangle2D(0, 0, width, height));
        int[] argb = new int[width * height];
        canvas.snapshot(parameters, null).getPixelReader().getPixels(0, 0, width, height,
                PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }
}
