package app.parley.render.fx;

import app.parley.render.paint.Composition;
import java.nio.IntBuffer;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.image.WritablePixelFormat;

/**
 * Draws a framed picture into one JavaFX image, tile by tile with the canvas painter a PNG export uses, so that what is
 * copied to the clipboard looks as the exported picture does.
 */
public final class PictureImages {

    /** The most pixels a picture held in memory may have (a 2× copy of a 4K window is about 33 million). */
    public static final long MAX_PIXELS = 64L << 20;
    private static final int TILE = 2048;
    private static final WritablePixelFormat<IntBuffer> ARGB = PixelFormat.getIntArgbInstance();

    private PictureImages() {
    }

    /**
     * The picture of {@code composition} as one image. Call on the JavaFX thread.
     *
     * @throws IllegalArgumentException when it has more than {@link #MAX_PIXELS} pixels
     * @throws IllegalStateException    off the JavaFX thread
     */
    public static WritableImage of(Composition composition) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Pictures are drawn into images on the JavaFX thread only");
        }
        int width = composition.width();
        int height = composition.height();
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("A " + width + " x " + height + " picture is too large to hold in "
                    + "memory; export it to a file instead");
        }
        int[] argb = new int[width * height];
        CanvasTileRenderer renderer = new CanvasTileRenderer(composition, Math.min(width, TILE),
                Math.min(height, TILE));
        for (int top = 0; top < height; top += TILE) {
            int rows = Math.min(TILE, height - top);
            for (int left = 0; left < width; left += TILE) {
                renderer.render(left, top, Math.min(TILE, width - left), rows, argb, top * width + left, width);
            }
        }
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, ARGB, argb, 0, width);
        return image;
    }
}
