package app.parley.render.fx;

import javafx.scene.image.WritableImage;

/**
 * The image a screen frame's pixels go through, kept from frame to frame while the size stays the same. A canvas
 * renders once per pulse and each frame replaces the whole picture, so one image per size is enough.
 */
final class FrameImages {

    private WritableImage image;

    /** An image of exactly {@code width} x {@code height} pixels. */
    WritableImage image(int width, int height) {
        if (image == null || (int) image.getWidth() != width || (int) image.getHeight() != height) {
            image = new WritableImage(width, height);
        }
        return image;
    }
}
