package app.parley.render.paint;

import app.parley.render.scene.Bounds;
import app.parley.render.scene.Rgba;
import java.util.List;

/**
 * One picture to output: a background, a drawing seen through a window of the world, and overlays on top. The screen,
 * PNG export and SVG export all render compositions, so they look alike.
 *
 * @param width      output width in pixels
 * @param height     output height in pixels
 * @param background colour under everything ({@link Rgba#TRANSPARENT} for none)
 * @param drawing    the world content
 * @param window     the world rectangle mapped onto the output; scaled uniformly and centred
 * @param overlays   output-space content drawn last, in order
 */
public record Composition(int width, int height, Rgba background, Drawing drawing, Bounds window,
                          List<Overlay> overlays) {

    /** Checks the size and freezes the overlays. */
    public Composition {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Image size must be positive");
        }
        overlays = List.copyOf(overlays);
    }

    /** Output pixels per world unit. */
    public double scale() {
        if (window.width() == 0 || window.height() == 0) {
            return 1;
        }
        return Math.min(width / window.width(), height / window.height());
    }

    /** Where world x = 0 lands in output pixels. */
    public double offsetX() {
        return (width - window.width() * scale()) / 2 - window.x() * scale();
    }

    /** Where world y = 0 lands in output pixels. */
    public double offsetY() {
        return (height - window.height() * scale()) / 2 - window.y() * scale();
    }

    /**
     * Paints the part of the picture that falls inside the output rectangle {@code tile} onto {@code surface}, whose
     * origin is the tile's top left corner.
     */
    public void paintTile(Surface surface, Bounds tile) {
        surface.save();
        surface.transform(1, -tile.x(), -tile.y());
        if (background.alpha() > 0) {
            surface.fillRect(tile.x(), tile.y(), tile.width(), tile.height(), background);
        }
        double scale = scale();
        surface.save();
        surface.transform(scale, offsetX(), offsetY());
        Bounds visible = new Bounds((tile.x() - offsetX()) / scale, (tile.y() - offsetY()) / scale,
                tile.width() / scale, tile.height() / scale);
        if (background.alpha() == 255) {
            drawing.paint(surface, visible, scale, background);
        } else {
            drawing.paint(surface, visible, scale);
        }
        surface.restore();
        for (Overlay overlay : overlays) {
            overlay.paint(surface, width, height);
        }
        surface.restore();
    }
}
