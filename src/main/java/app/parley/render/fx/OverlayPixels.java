package app.parley.render.fx;

import app.parley.render.paint.Overlay;
import app.parley.render.raster.PixelLayers;
import java.nio.IntBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

/**
 * The overlays of a moving view (legend, caption) kept as pixels: each overlay that tells what it shows
 * ({@link Overlay#appearance()}) is painted once onto a clear canvas of the frame's size, read back, cut to the
 * pixels it inks, and from then on drawn as that image, pixel for pixel, while it shows the same at the same size; so
 * that its text and shapes are not rasterized again every frame; a frame composed in Java composes them too. The others
 * are painted every frame. Overlays not drawn in a frame are let go. Use it on the JavaFX thread only.
 */
final class OverlayPixels {

    /** What an overlay's pixels depend on. */
    private record Key(Object appearance, int width, int height, double renderScale) {
    }

    /**
     * An overlay's inked pixels: the image, at the screen's pixel density, its premultiplied ARGB pixels, and where its
     * top left corner lies in output pixels.
     */
    record Piece(WritableImage image, int[] argb, int x, int y, double renderScale) {
    }

    private Map<Key, Optional<Piece>> kept = new HashMap<>();
    private Canvas scratch;
    private int made;

    /**
     * Draws {@code overlays} in order onto {@code surface} (over {@code gc}'s canvas) for a frame of {@code width} x
     * {@code height} output pixels at {@code renderScale} screen pixels per output pixel: kept ones as their pixels,
     * the others painted.
     */
    void paint(FxSurface surface, GraphicsContext gc, List<Overlay> overlays, int width, int height,
               double renderScale) {
        Map<Key, Optional<Piece>> used = new HashMap<>();
        for (Overlay overlay : overlays) {
            Object appearance = overlay.appearance();
            if (appearance == null) {
                surface.save();
                overlay.paint(surface, width, height);
                surface.restore();
                continue;
            }
            Key key = new Key(appearance, width, height, renderScale);
            Optional<Piece> piece = used.containsKey(key) ? used.get(key)
                    : kept.containsKey(key) ? kept.get(key) : make(overlay, width, height, renderScale);
            used.put(key, piece);
            piece.ifPresent(shown -> draw(gc, shown));
        }
        kept = used;
    }

    /**
     * Composes {@code overlays} in order into {@code layers} (a frame of its size, at one screen pixel per output
     * pixel) from their kept pixels, so that the frame is drawn as one image; false, composing nothing, when one of
     * them cannot tell what it shows (it is painted every frame).
     */
    boolean compose(PixelLayers layers, List<Overlay> overlays) {
        for (Overlay overlay : overlays) {
            if (overlay.appearance() == null) {
                return false;
            }
        }
        int width = layers.width();
        int height = layers.height();
        Map<Key, Optional<Piece>> used = new HashMap<>();
        for (Overlay overlay : overlays) {
            Key key = new Key(overlay.appearance(), width, height, 1);
            Optional<Piece> piece = used.containsKey(key) ? used.get(key)
                    : kept.containsKey(key) ? kept.get(key) : make(overlay, width, height, 1);
            used.put(key, piece);
            piece.ifPresent(shown -> {
                int pieceWidth = (int) shown.image().getWidth();
                int pieceHeight = (int) shown.image().getHeight();
                layers.blend(shown.argb(), pieceWidth, pieceHeight, shown.x(), shown.y(), pieceWidth, pieceHeight,
                        1, 0, 0, width, height);
            });
        }
        kept = used;
        return true;
    }

    /** How many overlays were painted to be kept as pixels since this object was made. */
    int made() {
        return made;
    }

    private static void draw(GraphicsContext gc, Piece piece) {
        WritableImage image = piece.image();
        double scale = piece.renderScale();
        gc.drawImage(image, piece.x() / scale, piece.y() / scale, image.getWidth() / scale,
                image.getHeight() / scale);
    }

    /**
     * Paints {@code overlay} onto a clear canvas and keeps the pixels it inked, in screen pixels; empty when it inks
     * none.
     */
    private Optional<Piece> make(Overlay overlay, int width, int height, double renderScale) {
        made++;
        if (scratch == null || scratch.getWidth() != width || scratch.getHeight() != height) {
            scratch = new Canvas(width, height);
        }
        GraphicsContext gc = scratch.getGraphicsContext2D();
        gc.clearRect(0, 0, width, height);
        FxSurface surface = new FxSurface(gc, null, true);
        surface.save();
        overlay.paint(surface, width, height);
        surface.restore();
        int pixelWidth = (int) Math.ceil(width * renderScale);
        int pixelHeight = (int) Math.ceil(height * renderScale);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setTransform(Transform.scale(renderScale, renderScale));
        parameters.setViewport(new Rectangle2D(0, 0, pixelWidth, pixelHeight));
        WritableImage painted = scratch.snapshot(parameters, new WritableImage(pixelWidth, pixelHeight));
        int[] argb = new ImagePixels(painted, null).argb();
        gc.clearRect(0, 0, width, height);
        return cut(argb, pixelWidth, pixelHeight, renderScale);
    }

    /** The smallest rectangle of {@code argb} holding every pixel with some alpha, as a piece; empty when none has. */
    static Optional<Piece> cut(int[] argb, int width, int height, double renderScale) {
        int left = width;
        int right = -1;
        int top = height;
        int bottom = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (argb[row + x] >>> 24 != 0) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = y;
                }
            }
        }
        if (right < 0) {
            return Optional.empty();
        }
        int cutWidth = right - left + 1;
        int cutHeight = bottom - top + 1;
        int[] cut = new int[cutWidth * cutHeight];
        for (int y = 0; y < cutHeight; y++) {
            System.arraycopy(argb, (top + y) * width + left, cut, y * cutWidth, cutWidth);
        }
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(cutWidth, cutHeight, IntBuffer.wrap(cut),
                PixelFormat.getIntArgbPreInstance());
        return Optional.of(new Piece(new WritableImage(buffer), cut, left, top, renderScale));
    }
}
