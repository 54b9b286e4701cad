package app.parley.render.paint;

import app.parley.model.Side;
import app.parley.render.raster.SketchRaster;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.EdgeShape;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Stroke;
import app.parley.render.scene.Theme;
import java.util.List;

/**
 * Draws a graph too far away to read: links as thin straight lines stroked together, cards as small filled boxes in
 * their side's colour, filled together side by side. Faded, highlighted and selected elements keep their emphasis.
 */
final class SketchPainter {

    /** On-screen width of a sketched link, in pixels. */
    static final double LINE_PX = 0.7;
    /** On-screen width of a highlighted or selected link. */
    static final double STRONG_LINE_PX = 1.8;
    /** The least on-screen width and height of a sketched card. */
    static final double MIN_CARD_PX = 2.5;
    private static final double LINE_OPACITY = 0.55;
    /** The border of a card drawn as a framed box, in pixels. */
    private static final double FRAME_PX = 1.5;

    /**
     * Raster pixels per output pixel of a big graph's links while the view moves: half as many each way, a quarter of
     * the work, drawn at twice the size until the view comes to rest and is drawn in full.
     */
    static final double MOTION_RESOLUTION = 0.5;

    private final Theme theme;
    private final ShapePainter shapes;
    /** Raster pixels per output pixel: 1, or {@link #MOTION_RESOLUTION} for frames of a moving view. */
    private final double resolution;
    /** The opaque colour under the rasters, composed into them; {@code null} to leave them transparent. */
    private final Rgba under;
    private double[] scratch = new double[0];

    /** Output pixels per raster pixel, the step a raster's corner keeps to on the output. */
    private int grid() {
        return (int) Math.round(1 / resolution);
    }

    /** A painter of still frames. */
    SketchPainter(Theme theme, ShapePainter shapes) {
        this(theme, shapes, false, null);
    }

    /**
     * A painter whose rasters are drawn at {@link #MOTION_RESOLUTION} when {@code moving}, composed over {@code under}
     * (an opaque colour already under them, or {@code null}).
     */
    SketchPainter(Theme theme, ShapePainter shapes, boolean moving, Rgba under) {
        this.theme = theme;
        this.shapes = shapes;
        this.resolution = moving ? MOTION_RESOLUTION : 1;
        this.under = under;
    }

    /**
     * Paints the links {@code edges} and the cards {@code nodes} of {@code scene} seen through {@code visible}: as
     * pixels where the surface prefers them, otherwise as batched shapes.
     */
    void paint(Surface surface, Scene scene, Emphasis emphasis, Indices edges, Indices nodes, Bounds visible,
               double scale) {
        if (surface.prefersPixelSketches()) {
            raster(surface, scene, emphasis, edges, nodes, visible, scale, false);
        } else {
            Rgba line = theme.edge().withOpacity(LINE_OPACITY);
            lines(surface, scene, emphasis, edges, Pass.FADED, Stroke.solid(line, LINE_PX / scale));
            lines(surface, scene, emphasis, edges, Pass.PLAIN, Stroke.solid(line, LINE_PX / scale));
            List<Side> sides = scene.nodes().stream().map(NodeShape::side).distinct().sorted(Side.ORDER).toList();
            for (Side side : sides) {
                boxes(surface, scene, emphasis, nodes, scale, side, true);
            }
            for (Side side : sides) {
                boxes(surface, scene, emphasis, nodes, scale, side, false);
            }
        }
        paintEmphasised(surface, scene, emphasis, edges, scale);
    }

    /** The highlighted and selected links as strokes and the selected card in full, over a sketch. */
    private void paintEmphasised(Surface surface, Scene scene, Emphasis emphasis, Indices edges, double scale) {
        lines(surface, scene, emphasis, edges, Pass.STRONG, Stroke.solid(theme.edge(), STRONG_LINE_PX / scale));
        lines(surface, scene, emphasis, edges, Pass.SELECTED, Stroke.solid(theme.selection(), STRONG_LINE_PX / scale));
        int selected = emphasis.selectedNode();
        if (selected >= 0 && !emphasis.nodeHidden(selected)) {
            NodeShape node = scene.nodes().get(selected);
            shapes.card(surface, node);
            shapes.selectionRing(surface, node, scale);
        }
    }

    /** Which links a stroke draws. */
    private enum Pass { FADED, PLAIN, STRONG, SELECTED }

    private static Pass passOf(Emphasis emphasis, int e) {
        if (emphasis.edgeSelected(e)) {
            return Pass.SELECTED;
        }
        if (emphasis.edgeFaded(e)) {
            return Pass.FADED;
        }
        return emphasis.edgeStrong(e) ? Pass.STRONG : Pass.PLAIN;
    }

    /** Room for four numbers per element, reused from one batch to the next. */
    private double[] scratch(int elements) {
        if (scratch.length < 4 * elements) {
            scratch = new double[4 * elements];
        }
        return scratch;
    }

    /**
     * Draws a big graph while the view moves: the plain links and the cards as boxes with their fill and a border in
     * their side's colour, in one image; the selected card and highlighted links as shapes on top. Names, where they
     * are readable, are left to the caller.
     */
    void paintMoving(Surface surface, Scene scene, Emphasis emphasis, Indices edges, Indices nodes, Bounds visible,
                     double scale) {
        raster(surface, scene, emphasis, edges, nodes, visible, scale, true);
        paintEmphasised(surface, scene, emphasis, edges, scale);
    }

    /**
     * Rasterizes faded and plain links and every card but the selected one into pixels the size of the visible
     * window, and draws them in one image: cards as boxes in their side's colour, or framed like cards.
     */
    private void raster(Surface surface, Scene scene, Emphasis emphasis, Indices edges, Indices nodes, Bounds visible,
                        double scale, boolean framed) {
        Bounds frame = frame(scene, visible, scale, grid());
        SketchRaster raster = inkLinks(scene, emphasis, edges, frame, scale);
        double pixels = scale * resolution;
        double left = frame.x() * pixels;
        double top = frame.y() * pixels;
        double border = Math.max(1, FRAME_PX * resolution);
        for (int pass = 0; pass < 2; pass++) {
            boolean faded = pass == 0;
            for (int i = 0; i < nodes.size(); i++) {
                int v = nodes.get(i);
                if (emphasis.nodeFaded(v) != faded || emphasis.nodeSelected(v)) {
                    continue;
                }
                NodeShape node = scene.nodes().get(v);
                Bounds box = node.box();
                double w = Math.max(box.width() * scale, MIN_CARD_PX) * resolution;
                double h = Math.max(box.height() * scale, MIN_CARD_PX) * resolution;
                double x = box.centerX() * pixels - left - w / 2;
                double y = box.centerY() * pixels - top - h / 2;
                double alpha = faded ? GraphDrawing.FADED : 1;
                raster.box(x, y, w, h, theme.side(node.side()), alpha);
                if (framed && w > 2 * border && h > 2 * border) {
                    raster.box(x + border, y + border, w - 2 * border, h - 2 * border, theme.cardFill(node.side()),
                            alpha);
                }
            }
        }
        show(surface, raster, frame, pixels);
    }

    /**
     * The part of the visible window the graph can ink (its bounds, with room for the least card size), on whole
     * pixels of the output: the image drawn is no larger than it needs to be.
     */
    static Bounds frame(Scene scene, Bounds visible, double scale) {
        return frame(scene, visible, scale, 1);
    }

    /**
     * The part of the visible window the graph can ink, starting on a multiple of {@code step} output pixels from the
     * window's corner, so that rasters of neighbouring tiles starting on such multiples share one grid of pixels.
     */
    static Bounds frame(Scene scene, Bounds visible, double scale, int step) {
        Bounds reach = scene.bounds().inflate(MIN_CARD_PX / scale);
        double left = Math.max(0, Math.floor((reach.x() - visible.x()) * scale / step) * step);
        double top = Math.max(0, Math.floor((reach.y() - visible.y()) * scale / step) * step);
        double right = Math.min(Math.round(visible.width() * scale), Math.ceil((reach.maxX() - visible.x()) * scale));
        double bottom = Math.min(Math.round(visible.height() * scale), Math.ceil((reach.maxY() - visible.y()) * scale));
        return new Bounds(visible.x() + left / scale, visible.y() + top / scale, Math.max(1, right - left) / scale,
                Math.max(1, bottom - top) / scale);
    }

    /** Whether a link is drawn in the image of plain links (not highlighted, not selected). */
    static boolean plain(Emphasis emphasis, int e) {
        Pass pass = passOf(emphasis, e);
        return pass == Pass.PLAIN || pass == Pass.FADED;
    }

    /**
     * Inks the plain links into a raster of {@code frame} at this painter's resolution. A link keeps the ink it leaves
     * per output pixel whatever the resolution: at half resolution it crosses half as many raster pixels, each twice as
     * wide, with half the weight.
     */
    private SketchRaster inkLinks(Scene scene, Emphasis emphasis, Indices edges, Bounds frame, double scale) {
        double pixels = scale * resolution;
        int width = Math.max(1, (int) Math.ceil(frame.width() * pixels - 1e-9));
        int height = Math.max(1, (int) Math.ceil(frame.height() * pixels - 1e-9));
        SketchRaster raster = SketchRaster.of(width, height);
        double left = frame.x() * pixels;
        double top = frame.y() * pixels;
        for (int i = 0; i < edges.size(); i++) {
            int e = edges.get(i);
            if (plain(emphasis, e)) {
                EdgeShape edge = scene.edges().get(e);
                raster.line(edge.x1() * pixels - left, edge.y1() * pixels - top, edge.x2() * pixels - left,
                        edge.y2() * pixels - top, (emphasis.edgeFaded(e) ? GraphDrawing.FADED : 1) * resolution);
            }
        }
        raster.inkIn(theme.edge(), under);
        return raster;
    }

    /** Draws the raster over {@code frame}, at {@code pixels} raster pixels per world unit. */
    private static void show(Surface surface, SketchRaster raster, Bounds frame, double pixels) {
        show(surface, raster.pixels(), raster.width(), raster.height(), frame, pixels);
    }

    /** Draws {@code width} x {@code height} pixels over {@code frame}, a world rectangle on whole output pixels. */
    static void show(Surface surface, int[] pixels, int width, int height, Bounds frame, double scale) {
        surface.drawPixels(pixels, width, height, frame.x(), frame.y(), width / scale, height / scale);
    }

    private void lines(Surface surface, Scene scene, Emphasis emphasis, Indices edges, Pass pass, Stroke stroke) {
        double[] xy = scratch(edges.size());
        int count = 0;
        for (int i = 0; i < edges.size(); i++) {
            int e = edges.get(i);
            if (passOf(emphasis, e) != pass) {
                continue;
            }
            EdgeShape edge = scene.edges().get(e);
            xy[4 * count] = edge.x1();
            xy[4 * count + 1] = edge.y1();
            xy[4 * count + 2] = edge.x2();
            xy[4 * count + 3] = edge.y2();
            count++;
        }
        if (count == 0) {
            return;
        }
        surface.save();
        if (pass == Pass.FADED) {
            surface.setOpacity(GraphDrawing.FADED);
        }
        surface.strokeLines(xy, count, stroke);
        surface.restore();
    }

    private void boxes(Surface surface, Scene scene, Emphasis emphasis, Indices nodes, double scale, Side side,
                       boolean faded) {
        double least = MIN_CARD_PX / scale;
        double[] xywh = scratch(nodes.size());
        int count = 0;
        for (int i = 0; i < nodes.size(); i++) {
            int v = nodes.get(i);
            NodeShape node = scene.nodes().get(v);
            if (!node.side().equals(side) || emphasis.nodeFaded(v) != faded || emphasis.nodeSelected(v)) {
                continue;
            }
            Bounds box = node.box();
            double w = Math.max(box.width(), least);
            double h = Math.max(box.height(), least);
            xywh[4 * count] = box.centerX() - w / 2;
            xywh[4 * count + 1] = box.centerY() - h / 2;
            xywh[4 * count + 2] = w;
            xywh[4 * count + 3] = h;
            count++;
        }
        if (count == 0) {
            return;
        }
        surface.save();
        if (faded) {
            surface.setOpacity(GraphDrawing.FADED);
        }
        surface.fillRects(xywh, count, theme.side(side));
        surface.restore();
    }
}
