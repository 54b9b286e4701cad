package app.parley.render.paint;

import app.parley.render.raster.RasterAlone;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import java.util.List;
import java.util.Optional;

/**
 * A big graph's frame painted as one image of pixels over its background, with the names set over it, in pure Java:
 * so that a moving frame can be painted ahead, off the JavaFX thread, as a map viewer fills its tiles in the
 * background, and the screen only draws it.
 *
 * @param argb   premultiplied ARGB pixels, row by row
 * @param width  width in pixels
 * @param height height in pixels
 * @param world  the world rectangle the pixels cover
 * @param texts  the names drawn over the pixels, in world units, in the order painted
 */
public record PixelFrame(int[] argb, int width, int height, Bounds world, List<Text> texts) {

    /**
     * A line of text drawn over the pixels.
     *
     * @param text     the characters
     * @param x        its left end, in world units
     * @param baseline its baseline, in world units
     * @param font     its font, sized in world units
     * @param fill     its colour
     * @param alpha    the opacity it is drawn with
     */
    public record Text(String text, double x, double baseline, FontSpec font, Rgba fill, double alpha) {
    }

    /** Freezes the texts. */
    public PixelFrame {
        texts = List.copyOf(texts);
    }

    /**
     * Paints {@code frame} (its drawing, through its window, over its background; without overlays) as pixels and
     * names; empty when its background is not opaque or it draws anything else (shapes, zones, a selected card).
     * Safe off the JavaFX thread; its rasters are inked on the calling thread alone, leaving the raster helpers to the
     * frames on screen.
     */
    public static Optional<PixelFrame> of(Composition frame) {
        if (frame.background().alpha() != 255) {
            return Optional.empty();
        }
        double scale = frame.scale();
        Bounds visible = new Bounds((0 - frame.offsetX()) / scale, (0 - frame.offsetY()) / scale,
                frame.width() / scale, frame.height() / scale);
        PixelCapture capture = new PixelCapture(true);
        RasterAlone.run(() -> {
            frame.drawing().paint(capture, visible, scale, frame.background());
            return capture;
        });
        if (!capture.onlyPixels()) {
            return Optional.empty();
        }
        return Optional.of(new PixelFrame(capture.argb(), capture.width(), capture.height(), capture.world(),
                capture.texts()));
    }

    /**
     * Paints the part of {@code frame} that lies in {@code tile} (output pixels) as {@link #of} paints a whole frame,
     * on the calling thread with the raster helpers: for the strips a moving frame paints beside a kept image. A tile
     * with nothing in it gives no pixels ({@link #width()} 0) covering its world rectangle.
     */
    public static Optional<PixelFrame> ofTile(Composition frame, Bounds tile) {
        if (frame.background().alpha() != 255) {
            return Optional.empty();
        }
        double scale = frame.scale();
        Bounds visible = new Bounds((tile.x() - frame.offsetX()) / scale, (tile.y() - frame.offsetY()) / scale,
                tile.width() / scale, tile.height() / scale);
        PixelCapture capture = new PixelCapture(true);
        frame.drawing().paint(capture, visible, scale, frame.background());
        if (capture.onlyPixels()) {
            return Optional.of(new PixelFrame(capture.argb(), capture.width(), capture.height(), capture.world(),
                    capture.texts()));
        }
        return capture.nothingElse() ? Optional.of(new PixelFrame(new int[0], 0, 0, visible, List.of()))
                : Optional.empty();
    }

    /** Draws the names onto {@code surface}, set to world units. */
    public void paintTexts(Surface surface) {
        for (Text text : texts) {
            surface.save();
            surface.setOpacity(text.alpha());
            surface.fillText(text.text(), text.x(), text.baseline(), text.font(), text.fill());
            surface.restore();
        }
    }
}
