package app.parley.render.paint;

import app.parley.render.raster.LinkRaster;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.CurveCut;
import app.parley.render.scene.EdgeShape;
import app.parley.render.scene.LineCut;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Stroke;
import app.parley.render.scene.Theme;

/**
 * Draws the links of a big graph in a screen frame as one image ({@link LinkRaster}): every link in view, faded ones
 * under the others, dashed as when stroked, each cut to the part that can show; then their arrow heads, batched, and
 * the selected link stroked on top in the selection colour.
 */
final class LinkPixelPainter {

    private final Theme theme;
    private final ShapePainter shapes;
    /** The opaque colour under the links' image, composed into it; {@code null} to leave it transparent. */
    private final Rgba under;

    /** A painter whose image of links is composed over {@code under}, an opaque colour, or left transparent. */
    LinkPixelPainter(Theme theme, ShapePainter shapes, Rgba under) {
        this.theme = theme;
        this.shapes = shapes;
        this.under = under;
    }

    /** Paints the links {@code edges} of {@code scene} seen through {@code visible}, cut to {@code area}. */
    void paint(Surface surface, Scene scene, Emphasis emphasis, Indices edges, Bounds visible, double scale,
               Bounds area) {
        Bounds frame = SketchPainter.frame(scene, visible, scale);
        int width = Math.max(1, (int) Math.round(frame.width() * scale));
        int height = Math.max(1, (int) Math.round(frame.height() * scale));
        LinkRaster raster = LinkRaster.of(width, height);
        double left = frame.x() * scale;
        double top = frame.y() * scale;
        boolean arrows = ShapePainter.arrowsShown(scale);
        double growth = ShapePainter.linkGrowth(scene.nodes().size(), scale);
        LinkBatches fadedHeads = new LinkBatches(shapes, growth);
        LinkBatches heads = new LinkBatches(shapes, growth);
        int selected = -1;
        for (int i = 0; i < edges.size(); i++) {
            int e = edges.get(i);
            EdgeShape edge = scene.edges().get(e);
            if (emphasis.edgeSelected(e)) {
                selected = e;
                continue;
            }
            boolean strong = emphasis.edgeStrong(e);
            boolean faded = emphasis.edgeFaded(e);
            Stroke stroke = shapes.linkStroke(edge.group(), strong, false, growth);
            double[] dashes = stroke.dashes();
            double[] scaled = dashes.clone();
            for (int d = 0; d < scaled.length; d++) {
                scaled[d] *= scale;
            }
            double lineWidth = stroke.width() * scale;
            if (ShapePainter.straight(edge)) {
                double[] cut = LineCut.within(edge.x1(), edge.y1(), edge.x2(), edge.y2(), area, dashes);
                if (cut != null) {
                    raster.line(cut[0] * scale - left, cut[1] * scale - top, cut[2] * scale - left,
                            cut[3] * scale - top, lineWidth, scaled, faded);
                }
            } else {
                double[] cut = CurveCut.within(edge.x1(), edge.y1(), edge.cx(), edge.cy(), edge.x2(), edge.y2(), area,
                        dashes);
                if (cut != null) {
                    raster.curve(cut[0] * scale - left, cut[1] * scale - top, cut[2] * scale - left,
                            cut[3] * scale - top, cut[4] * scale - left, cut[5] * scale - top, lineWidth, scaled,
                            faded);
                }
            }
            if (arrows && edge.directed()) {
                double[] head = shapes.arrowHead(edge, strong);
                if (head != null) {
                    (faded ? fadedHeads : heads).of(edge.group(), strong, false).arrow(head);
                }
            }
        }
        raster.inkIn(theme.edge(), GraphDrawing.FADED, under);
        SketchPainter.show(surface, raster.pixels(), raster.width(), raster.height(), frame, scale);
        surface.save();
        surface.setOpacity(GraphDrawing.FADED);
        fadedHeads.paint(surface);
        surface.restore();
        heads.paint(surface);
        if (selected >= 0) {
            shapes.edge(surface, scene.edges().get(selected), emphasis.edgeStrong(selected), true, scale, area,
                    growth);
        }
    }
}
