package app.parley.render.fx;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The images a canvas's frames draw their pixels through, kept from frame to frame. A frame may draw several (the
 * strips of a frame drawn from the last one, say): the n-th image a frame asks for is the n-th image of the previous
 * frame, which the canvas has rendered (at the next pulse, or when snapshot) before this frame replaces its picture.
 * Each image shares its buffer of premultiplied ARGB integers with the renderer, so pixels go to the screen without
 * being converted to another format and back; it grows to the largest size asked for and is drawn in part.
 */
final class FrameImages {

    private final List<PixelBuffer<IntBuffer>> buffers = new ArrayList<>();
    private final List<WritableImage> images = new ArrayList<>();

    /**
     * Image number {@code slot} of a frame, showing {@code argb} ({@code width} x {@code height} pixels row by row from
     * its start) in its top left corner; the rest of the image is left as it was.
     */
    WritableImage image(int slot, int[] argb, int width, int height) {
        while (buffers.size() <= slot) {
            buffers.add(null);
            images.add(null);
        }
        PixelBuffer<IntBuffer> buffer = buffers.get(slot);
        if (buffer == null || buffer.getWidth() < width || buffer.getHeight() < height) {
            int newWidth = Math.max(width, buffer == null ? 0 : buffer.getWidth());
            int newHeight = Math.max(height, buffer == null ? 0 : buffer.getHeight());
            buffer = new PixelBuffer<>(newWidth, newHeight, IntBuffer.allocate(newWidth * newHeight),
                    PixelFormat.getIntArgbPreInstance());
            buffers.set(slot, buffer);
            images.set(slot, new WritableImage(buffer));
        }
        PixelBuffer<IntBuffer> target = buffer;
        target.updateBuffer(pixels -> {
            IntBuffer into = pixels.getBuffer();
            int stride = target.getWidth();
            for (int row = 0; row < height; row++) {
                into.put(row * stride, argb, row * width, width);
            }
            return new Rectangle2D(0, 0, width, height);
        });
        return images.get(slot);
    }
}
