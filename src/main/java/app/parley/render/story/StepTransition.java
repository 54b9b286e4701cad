package app.parley.render.story;

import app.parley.render.paint.Composition;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.Overlay;
import app.parley.render.paint.Surface;
import app.parley.render.scene.Bounds;

/**
 * The picture between two steps of a story, seen through one camera: the two steps cross-fade layer by layer, the
 * zones, links and faded cards of both first, then the cards either step highlights, so that at every moment of the
 * transition a faded card stays under the highlighted ones.
 *
 * @param from the step left, seen through the moving camera
 * @param to   the step arrived at, through the same camera
 */
public record StepTransition(Composition from, Composition to) {

    /** Checks that both pictures are graph drawings of one size seen through one window. */
    public StepTransition {
        if (!(from.drawing() instanceof GraphDrawing) || !(to.drawing() instanceof GraphDrawing)) {
            throw new IllegalArgumentException("A step transition joins two graph drawings");
        }
        if (from.width() != to.width() || from.height() != to.height() || !from.window().equals(to.window())) {
            throw new IllegalArgumentException("A step transition joins two pictures of one size and window");
        }
    }

    /**
     * Paints the part of the picture inside the output rectangle {@code tile}, {@code share} of the way from the
     * first step to the second (0: the first step, 1: the second).
     */
    public void paintTile(Surface surface, Bounds tile, double share) {
        double t = Math.max(0, Math.min(1, share));
        surface.save();
        surface.transform(1, -tile.x(), -tile.y());
        if (to.background().alpha() > 0) {
            surface.fillRect(tile.x(), tile.y(), tile.width(), tile.height(), to.background());
        }
        double scale = to.scale();
        surface.save();
        surface.transform(scale, to.offsetX(), to.offsetY());
        Bounds visible = new Bounds((tile.x() - to.offsetX()) / scale, (tile.y() - to.offsetY()) / scale,
                tile.width() / scale, tile.height() / scale);
        for (GraphDrawing.Layer layer : GraphDrawing.Layer.values()) {
            paintLayer(surface, from, visible, scale, layer, 1 - t);
            paintLayer(surface, to, visible, scale, layer, t);
        }
        surface.restore();
        paintOverlays(surface, from, 1 - t);
        paintOverlays(surface, to, t);
        surface.restore();
    }

    private static void paintLayer(Surface surface, Composition picture, Bounds visible, double scale,
                                   GraphDrawing.Layer layer, double opacity) {
        if (opacity <= 0) {
            return;
        }
        surface.save();
        surface.setOpacity(opacity);
        ((GraphDrawing) picture.drawing()).paintLayer(surface, visible, scale, layer);
        surface.restore();
    }

    private static void paintOverlays(Surface surface, Composition picture, double opacity) {
        if (opacity <= 0) {
            return;
        }
        surface.save();
        surface.setOpacity(opacity);
        for (Overlay overlay : picture.overlays()) {
            overlay.paint(surface, picture.width(), picture.height());
        }
        surface.restore();
    }
}
