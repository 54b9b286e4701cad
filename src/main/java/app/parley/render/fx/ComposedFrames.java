package app.parley.render.fx;

import app.parley.render.raster.PixelLayers;
import java.nio.IntBuffer;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Moving frames composed from kept pixels in pure Java ({@link PixelLayers}) and drawn onto the canvas as one image,
 * pixel for pixel, the cheapest image the renderer draws. Two frames take turns, so that the pixels a canvas has not
 * yet rendered (it renders at the next pulse) are not those the next frame composes. Use it on the JavaFX thread only.
 */
final class ComposedFrames {

    private final PixelLayers[] layers = new PixelLayers[2];
    private final PixelBuffer<IntBuffer>[] buffers = newBuffers();
    private final WritableImage[] images = new WritableImage[2];
    private int turn;
    private boolean pending;

    @SuppressWarnings("unchecked")
    private static PixelBuffer<IntBuffer>[] newBuffers() {
        return new PixelBuffer[2];
    }

    /** The pixels of the next frame of {@code width} x {@code height}, none of them noted as set yet. */
    PixelLayers next(int width, int height) {
        turn = 1 - turn;
        PixelLayers frame = layers[turn];
        if (frame == null || frame.width() != width || frame.height() != height) {
            frame = new PixelLayers(width, height);
            layers[turn] = frame;
            buffers[turn] = new PixelBuffer<>(width, height, IntBuffer.wrap(frame.argb()),
                    PixelFormat.getIntArgbPreInstance());
            images[turn] = new WritableImage(buffers[turn]);
        }
        frame.clean();
        pending = true;
        return frame;
    }

    /** The pixels {@link #next} gave, while they have not been drawn; otherwise {@code null}. */
    PixelLayers pending() {
        return pending ? layers[turn] : null;
    }

    /**
     * Draws the pixels the frame {@link #next} gave set onto {@code gc}'s canvas, where they lie, unscaled, unless they
     * were drawn already.
     */
    void show(GraphicsContext gc) {
        PixelLayers frame = layers[turn];
        if (!pending || frame.isClean()) {
            pending = false;
            return;
        }
        pending = false;
        Rectangle2D set = new Rectangle2D(frame.setLeft(), frame.setTop(), frame.setWidth(), frame.setHeight());
        buffers[turn].updateBuffer(buffer -> set);
        gc.drawImage(images[turn], set.getMinX(), set.getMinY(), set.getWidth(), set.getHeight(), set.getMinX(),
                set.getMinY(), set.getWidth(), set.getHeight());
    }
}
