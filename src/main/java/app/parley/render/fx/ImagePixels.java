package app.parley.render.fx;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A kept image and its premultiplied ARGB pixels, row by row: given when the image was made from them, otherwise read
 * from the image the first time they are asked for (a still frame read back is then not read twice unless a moving
 * frame is composed from it). Use it on the JavaFX thread only.
 */
final class ImagePixels {

    private final WritableImage image;
    private int[] argb;

    /** The pixels of {@code image}: {@code argb} when it shows them, or {@code null} to read them when asked for. */
    ImagePixels(WritableImage image, int[] argb) {
        this.image = image;
        this.argb = argb;
    }

    /** The image's pixels. */
    int[] argb() {
        if (argb == null) {
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), argb, 0,
                    width);
        }
        return argb;
    }
}
