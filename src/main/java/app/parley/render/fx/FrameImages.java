package app.parley.render.fx;

import java.nio.IntBuffer;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The image a canvas's frames draw their pixels through, kept from frame to frame while the size stays the same. A
 * canvas renders its frame (at the next pulse, or when snapshot) before the next frame replaces the picture, so one
 * image per canvas is enough. The image shares its buffer of premultiplied ARGB integers with the renderer, so pixels
 * go to the screen without being converted to another format and back.
 */
final class FrameImages {

    private WritableImage image;
    private PixelBuffer<IntBuffer> buffer;

    /** An image of exactly {@code width} x {@code height} pixels showing {@code argb}, row by row from its start. */
    WritableImage image(int[] argb, int width, int height) {
        if (image == null || buffer.getWidth() != width || buffer.getHeight() != height) {
            buffer = new PixelBuffer<>(width, height, IntBuffer.allocate(width * height),
                    PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }
        buffer.updateBuffer(pixels -> {
            pixels.getBuffer().clear();
            pixels.getBuffer().put(argb, 0, width * height);
            return new Rectangle2D(0, 0, width, height);
        });
        return image;
    }
}
