package app.parley.render.fx;

import app.parley.render.paint.Composition;
import app.parley.render.paint.HaloSurface;
import app.parley.render.paint.Surface;
import app.parley.render.scene.Bounds;
import java.nio.IntBuffer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.image.WritablePixelFormat;
import javafx.scene.paint.Color;

/**
 * Paints rectangles of a composition onto one reusable canvas and copies the pixels out as non-premultiplied ARGB.
 * Far-away sketches of big graphs come as pixels, as on screen. On a transparent page dark ink gets a light halo
 * ({@link HaloSurface}), so the picture reads on dark slides too. Create and use it on the JavaFX thread only.
 */
final class CanvasTileRenderer {

    private static final WritablePixelFormat<IntBuffer> ARGB = PixelFormat.getIntArgbInstance();

    private final Composition composition;
    private final Canvas canvas;
    private final WritableImage image;
    private final SnapshotParameters parameters = new SnapshotParameters();
    private final FrameImages images = new FrameImages();

    /** A renderer for tiles up to {@code maxWidth} x {@code maxHeight} pixels. */
    CanvasTileRenderer(Composition composition, int maxWidth, int maxHeight) {
        checkFxThread();
        this.composition = composition;
        this.canvas = new Canvas(maxWidth, maxHeight);
        this.image = new WritableImage(maxWidth, maxHeight);
        parameters.setFill(Color.TRANSPARENT);
    }

    /**
     * Renders the output rectangle at ({@code x}, {@code y}) of {@code width} x {@code height} pixels into
     * {@code target}, its top left pixel at {@code offset} and rows {@code stride} apart.
     */
    void render(int x, int y, int width, int height, int[] target, int offset, int stride) {
        checkFxThread();
        if (width > canvas.getWidth() || height > canvas.getHeight()) {
            throw new IllegalArgumentException("Tile " + width + " x " + height + " is larger than the canvas");
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.save();
        Surface surface = new FxSurface(gc, images);
        composition.paintTile(composition.background().alpha() == 0 ? new HaloSurface(surface) : surface,
                new Bounds(x, y, width, height));
        gc.restore();
        parameters.setViewport(new Rectangle2D(0, 0, width, height));
        canvas.snapshot(parameters, image);
        image.getPixelReader().getPixels(0, 0, width, height, ARGB, target, offset, stride);
    }

    private static void checkFxThread() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Tiles are rendered on the JavaFX thread only");
        }
    }
}
