package app.parley.render.fx;

import javafx.scene.image.WritableImage;

/**
 * The image a canvas's frames draw their pixels through, kept from frame to frame while the size stays the same. A
 * canvas renders its frame (at the next pulse, or when snapshot) before the next frame replaces the picture, so one
 * image per canvas is enough.
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
