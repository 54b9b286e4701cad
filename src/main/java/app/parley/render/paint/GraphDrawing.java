package app.parley.render.paint;

import app.parley.layout.Backdrop;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.EdgeShape;
import app.parley.render.scene.NameLabel;
import app.parley.render.scene.NamePlacement;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Scene;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import app.parley.render.scene.ZoneCaption;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints a scene with a theme and a view state: the one painter behind the screen, PNG and SVG. Skips what lies
 * outside the visible window and drops text that would be too small to read at the current scale; farther out still,
 * where even names would be a couple of pixels high, it sketches the graph (thin lines, small boxes in side colours)
 * so that tens of thousands of actors draw in a frame.
 */
public final class GraphDrawing implements Drawing {

    /** Opacity of elements that are not highlighted while something else is. */
    public static final double FADED = 0.16;
    /** Smallest on-screen type size, in pixels, that is still drawn. */
    public static final double MIN_READABLE_PX = 4.5;
    /**
     * Smallest on-screen type size drawn while a big graph's view moves with more than {@link #MOTION_LINK_LIMIT}
     * links in view: smaller names cannot be read in motion, and they cost the renderer more than the rest of the
     * frame.
     */
    static final double MIN_MOVING_READABLE_PX = 7;
    /** Below this on-screen size of a name, in pixels, the graph is sketched. */
    static final double SKETCH_BELOW_PX = 2.5;
    /**
     * How far, in world units at font scale 1, strokes, borders and arrow heads reach past the geometry that is
     * culled, so that an element just outside the window whose ink reaches in is still drawn.
     */
    static final double OVERHANG = 16;
    /**
     * While the view moves, the screen sketches the graph (plain links and cards as boxes, in one image, under the
     * names) once more than this many links are in view.
     */
    static final int MOTION_LINK_LIMIT = 120;
    /**
     * Graphs with more links than this draw them in batches, one path per style, rather than one by one: the same
     * ink, except where links of one style cross (their edges blend once instead of twice). Decided for the whole
     * graph, never per view, so that the tiles of an export match.
     */
    static final int BATCHED_LINKS = 120;
    /** The most cards whose names are set as readable labels when the view is far out; bigger graphs sketch. */
    static final int LABELLED_LIMIT = 400;
    /** Link labels are drawn beside name labels only when at least this share of the least name size. */
    static final double LINK_LABEL_SHARE = 0.8;
    /** Room kept around the name labels when a picture is framed to hold them, in output pixels. */
    static final double LABEL_ROOM_PX = 6;
    /** How many times a fit grows the framed world to hold the name labels (they grow as the zoom shrinks). */
    public static final int LABEL_FIT_ROUNDS = 5;

    private final Scene scene;
    private final Theme theme;
    private final ViewState state;
    private final Emphasis emphasis;
    private final ShapePainter shapes;
    private final boolean moving;
    /** Whether a moving view draws its links and boxes as one image however few links are in view. */
    private final boolean pixelsAlways;
    /** This drawing as {@link #inMotionAsPixels()} gives it, made once (a moving frame asks for it every time). */
    private GraphDrawing asPixels;
    private final List<Backdrop> backdrops;
    private final ReadableNames readable;
    private double labelledScale = Double.NaN;
    private List<NameLabel> labels = List.of();

    /**
     * How names stay readable far out: type sizes in output pixels, and the measurer labels are set with.
     *
     * @param measurer text widths
     * @param targetPx the size names are set at when there is room
     * @param leastPx  the least size a name is ever set at
     */
    private record ReadableNames(TextMeasurer measurer, double targetPx, double leastPx) {
    }

    /** A drawing of {@code scene} in {@code theme}, styled by {@code state}. */
    public GraphDrawing(Scene scene, Theme theme, ViewState state) {
        this(scene, theme, state, new Emphasis(scene, state), false, false, null);
    }

    private GraphDrawing(Scene scene, Theme theme, ViewState state, Emphasis emphasis, boolean moving,
                         boolean pixelsAlways, ReadableNames readable) {
        this.scene = scene;
        this.theme = theme;
        this.state = state;
        this.emphasis = emphasis;
        this.shapes = new ShapePainter(theme);
        this.moving = moving;
        this.pixelsAlways = pixelsAlways;
        this.readable = readable;
        this.backdrops = shownBackdrops(scene, state, emphasis);
    }

    /**
     * The same drawing with names kept readable: where the cards' names would come out smaller than {@code targetPx}
     * output pixels, every shown actor's name is set as a label of {@code targetPx} (down to {@code leastPx} where
     * space is short) over or beside its card, placed so that no two names overlap, as a map sets place names. Graphs
     * of more than {@value #LABELLED_LIMIT} actors are drawn as before.
     */
    public GraphDrawing withReadableNames(TextMeasurer measurer, double targetPx, double leastPx) {
        if (!(leastPx > 0) || targetPx < leastPx) {
            throw new IllegalArgumentException("Readable name sizes must be positive, the target at least the least");
        }
        return new GraphDrawing(scene, theme, state, emphasis, moving, pixelsAlways,
                new ReadableNames(measurer, targetPx, leastPx));
    }

    /** Whether at {@code scale} the names are set as labels rather than inside the cards. */
    public boolean labelsNames(double scale) {
        return readable != null && scene.nodes().size() <= LABELLED_LIMIT
                && theme.nameFont().size() * scale < readable.targetPx();
    }

    /** The rectangle the name labels take at {@code scale}, with a little room around; empty without labels. */
    public java.util.Optional<Bounds> labelBounds(double scale) {
        Bounds all = null;
        for (NameLabel label : nameLabels(scale)) {
            all = all == null ? label.box() : all.union(label.box());
        }
        return java.util.Optional.ofNullable(all).map(b -> b.inflate(LABEL_ROOM_PX / scale));
    }

    /** The name labels drawn at {@code scale}, by vertex; empty when the cards carry their own names. */
    public List<NameLabel> nameLabels(double scale) {
        if (!labelsNames(scale)) {
            return List.of();
        }
        if (scale != labelledScale) {
            labels = new NamePlacement(scene, readable.measurer(), theme.nameFont())
                    .place(v -> !emphasis.nodeHidden(v), scale, readable.targetPx(), readable.leastPx(),
                            captionBoxes(scale, readable.measurer()));
            labelledScale = scale;
        }
        return labels;
    }

    /** Where the captions of the zones drawn take room at {@code scale}, in world units, measured by {@code measurer}. */
    public List<Bounds> captionBoxes(double scale, TextMeasurer measurer) {
        List<Bounds> boxes = new ArrayList<>();
        for (Backdrop backdrop : backdrops) {
            ZoneCaption.of(backdrop, theme, scale).ifPresent(caption -> boxes.add(caption.box(measurer)));
        }
        return boxes;
    }

    /**
     * Whether at {@code scale} the actor's name is set beside its card rather than over it: the card is then drawn
     * as a dot in its side's colour, tied to its name by a line, as a map marks a place named beside it.
     */
    public boolean nameBeside(int v, double scale) {
        for (NameLabel label : nameLabels(scale)) {
            if (label.vertex() == v) {
                return !label.onCard(scene.nodes().get(v));
            }
        }
        return false;
    }

    /** The table, and the camps' zones that hold a card left to show: a zone whose actors are all hidden is left out. */
    private static List<Backdrop> shownBackdrops(Scene scene, ViewState state, Emphasis emphasis) {
        if (state.hiddenActors().isEmpty()) {
            return scene.backdrops();
        }
        List<Backdrop> shown = new ArrayList<>();
        for (Backdrop backdrop : scene.backdrops()) {
            Bounds zone = new Bounds(backdrop.x(), backdrop.y(), backdrop.width(), backdrop.height());
            boolean holdsShownCard = backdrop.kind() == Backdrop.Kind.TABLE;
            for (int v = 0; v < scene.nodes().size() && !holdsShownCard; v++) {
                Bounds box = scene.nodes().get(v).box();
                holdsShownCard = !emphasis.nodeHidden(v) && zone.contains(box.centerX(), box.centerY());
            }
            if (holdsShownCard) {
                shown.add(backdrop);
            }
        }
        return List.copyOf(shown);
    }

    /**
     * The same drawing for a view that is being panned or zoomed: on a screen surface, when many links are in view,
     * they are drawn as plain lines (no dashes, arrow heads or labels) so that frames keep up; a still view draws
     * them in full again.
     */
    public GraphDrawing inMotion() {
        return moving ? this : new GraphDrawing(scene, theme, state, emphasis, true, false, readable);
    }

    /**
     * The same drawing for a view being panned or zoomed whose links and boxes are drawn as one image however few
     * links are in view: for the strips at the edge of a moving frame drawn from a kept frame so drawn, which would
     * otherwise hold too few links to be drawn so, and look unlike the rest.
     */
    public GraphDrawing inMotionAsPixels() {
        if (moving && pixelsAlways) {
            return this;
        }
        if (asPixels == null) {
            asPixels = new GraphDrawing(scene, theme, state, emphasis, true, true, readable);
        }
        return asPixels;
    }

    /** The scene being drawn. */
    public Scene scene() {
        return scene;
    }

    @Override
    public Bounds bounds() {
        return scene.bounds();
    }

    /**
     * Whether the graph is big (more than {@value #BATCHED_LINKS} links or cards): a screen then keeps its last full
     * frame to draw moving frames from, and draws its links in batches or as pixels.
     */
    public boolean isBig() {
        return scene.edges().size() > BATCHED_LINKS || scene.nodes().size() > BATCHED_LINKS;
    }

    /** Whether at {@code scale} (pixels per world unit) the graph is sketched rather than drawn in full. */
    public boolean sketches(double scale) {
        return theme.nameFont().size() * scale < SKETCH_BELOW_PX;
    }

    @Override
    public void paint(Surface surface, Bounds visible, double scale) {
        paint(surface, visible, scale, null);
    }

    /**
     * How far past its geometry what is drawn of a shape may reach at {@code scale}, in world units: strokes, borders,
     * arrow heads, the selection ring, and the least size of a sketched card.
     */
    public double reach(double scale) {
        boolean sketch = sketches(scale) && !labelsNames(scale);
        return Math.max(OVERHANG * Math.max(1, theme.fontScale()) + 2 / Math.max(scale, 1e-3),
                sketch ? 2 * SketchPainter.MIN_CARD_PX / scale : 0);
    }

    /**
     * Paints as {@link #paint(Surface, Bounds, double)} does; links drawn as pixels are composed over {@code under}
     * (when it is opaque and no group's backdrop shows), so the image is opaque.
     */
    @Override
    public void paint(Surface surface, Bounds visible, double scale, Rgba under) {
        paint(surface, visible, scale, under, true, true);
    }

    /**
     * Paints one layer of the drawing: between two steps of a story the layers of both pictures are laid in turn, so
     * that no faded card of either is drawn over a card either highlights.
     */
    public void paintLayer(Surface surface, Bounds visible, double scale, Layer layer) {
        paint(surface, visible, scale, null, layer == Layer.BACK, layer == Layer.FRONT);
    }

    /** The two layers of a drawing, back to front. */
    public enum Layer {
        /** Zones, links and their labels, and the faded cards and names. */
        BACK,
        /** The cards and names that are not faded, the selected one last. */
        FRONT
    }

    private void paint(Surface surface, Bounds visible, double scale, Rgba under, boolean back, boolean front) {
        Rgba composedOver = under != null && under.alpha() == 255 ? under : null;
        for (int i = 0; i < backdrops.size() && back; i++) {
            Backdrop backdrop = backdrops.get(i);
            if (backdrop.kind() == Backdrop.Kind.ROOM) {
                continue;
            }
            surface.beginGroup("zone-" + i, "zone");
            shapes.backdrop(surface, backdrop, scale);
            surface.endGroup();
            if (visible.intersects(new Bounds(backdrop.x(), backdrop.y(), backdrop.width(), backdrop.height()))) {
                composedOver = null;
            }
        }
        boolean labelled = labelsNames(scale);
        boolean sketch = sketches(scale) && !labelled;
        Bounds area = visible.inflate(reach(scale));
        Indices edges = new Indices();
        scene.edgesIn(area, e -> {
            if (!emphasis.edgeHidden(e)) {
                edges.add(e);
            }
        });
        Indices nodes = new Indices();
        scene.nodesIn(area, v -> {
            if (!emphasis.nodeHidden(v)) {
                nodes.add(v);
            }
        });
        SketchPainter sketcher = new SketchPainter(theme, shapes, moving && surface.prefersPixelSketches(), composedOver);
        if (sketch) {
            if (back) {
                sketcher.paint(surface, scene, emphasis, edges, nodes, visible, scale);
            }
            return;
        }
        if (moving && surface.prefersPixelSketches() && (edges.size() > MOTION_LINK_LIMIT || pixelsAlways)
                && !labelled) {
            if (back) {
                sketcher.paintMoving(surface, scene, emphasis, edges, nodes, visible, scale);
                if (theme.nameFont().size() * scale >= MIN_MOVING_READABLE_PX) {
                    paintNames(surface, nodes, scale);
                }
            }
            return;
        }
        boolean text = theme.nameFont().size() * scale >= MIN_READABLE_PX && !labelled;
        if (back) {
            paintLinks(surface, edges, composedOver, visible, scale, area, labelled);
            paintNodes(surface, nodes, true, text, scale);
            if (labelled) {
                paintLabels(surface, scale, true);
            }
        }
        if (front) {
            paintNodes(surface, nodes, false, text, scale);
            int selected = emphasis.selectedNode();
            if (selected >= 0 && !emphasis.nodeHidden(selected)) {
                paintNode(surface, selected, false, text, scale);
                if (!labelled) {
                    shapes.selectionRing(surface, scene.nodes().get(selected), scale);
                }
            }
            if (labelled) {
                paintLabels(surface, scale, false);
            }
        }
    }

    private void paintLinks(Surface surface, Indices edges, Rgba composedOver, Bounds visible, double scale,
                            Bounds area, boolean labelled) {
        if (scene.edges().size() > BATCHED_LINKS && surface.drawsScreenFrames()
                && surface.prefersPixelSketches()) {
            new LinkPixelPainter(theme, shapes, composedOver).paint(surface, scene, emphasis, edges, visible, scale, area);
        } else if (scene.edges().size() > BATCHED_LINKS) {
            paintEdgeBatches(surface, edges, true, scale, area);
            paintEdgeBatches(surface, edges, false, scale, area);
        } else {
            paintEdges(surface, edges, true, scale, area);
            paintEdges(surface, edges, false, scale, area);
        }
        boolean labels = state.edgeLabels() && theme.edgeFont().size() * scale
                >= (labelled ? readable.leastPx() * LINK_LABEL_SHARE : MIN_READABLE_PX);
        if (labels) {
            paintEdgeLabels(surface, edges, true, area);
            paintEdgeLabels(surface, edges, false, area);
        }
    }

    /** The faded cards, or the others, except the selected one. */
    private void paintNodes(Surface surface, Indices nodes, boolean faded, boolean text, double scale) {
        for (int i = 0; i < nodes.size(); i++) {
            int v = nodes.get(i);
            if (emphasis.nodeFaded(v) == faded && !emphasis.nodeSelected(v)) {
                paintNode(surface, v, faded, text, scale);
            }
        }
    }

    /**
     * The faded name labels, or the others with the selected one last and ringed: the faded ones go under every card
     * that is not faded, the others over everything.
     */
    private void paintLabels(Surface surface, double scale, boolean faded) {
        NameLabel selectedLabel = null;
        for (NameLabel label : nameLabels(scale)) {
            if (emphasis.nodeSelected(label.vertex())) {
                selectedLabel = label;
            } else if (emphasis.nodeFaded(label.vertex()) == faded) {
                surface.save();
                if (faded) {
                    surface.setOpacity(FADED);
                }
                paintLabel(surface, label, scale);
                surface.restore();
            }
        }
        if (selectedLabel != null && !faded) {
            NodeShape node = scene.nodes().get(selectedLabel.vertex());
            paintLabel(surface, selectedLabel, scale);
            shapes.selectionRing(surface, new NodeShape(node.index(), node.actorId(), node.kind(), node.side(),
                    selectedLabel.box().union(node.box()), node.card()), scale);
        }
    }

    private void paintEdges(Surface surface, Indices edges, boolean faded, double scale, Bounds area) {
        for (int i = 0; i < edges.size(); i++) {
            int e = edges.get(i);
            if (emphasis.edgeFaded(e) != faded) {
                continue;
            }
            surface.save();
            if (faded) {
                surface.setOpacity(FADED);
            }
            EdgeShape edge = scene.edges().get(e);
            surface.beginGroup("link-" + edge.linkId(), "link");
            shapes.edge(surface, edge, emphasis.edgeStrong(e), emphasis.edgeSelected(e), scale, area,
                    ShapePainter.linkGrowth(scene.nodes().size(), scale));
            surface.endGroup();
            surface.restore();
        }
    }

    /** Paints the faded or the other links in batches, one path per style: plain, highlighted, selected. */
    private void paintEdgeBatches(Surface surface, Indices edges, boolean faded, double scale, Bounds area) {
        LinkBatches batches = new LinkBatches(shapes, ShapePainter.linkGrowth(scene.nodes().size(), scale));
        boolean cutCurves = surface.drawsScreenFrames();
        int count = 0;
        for (int i = 0; i < edges.size(); i++) {
            int e = edges.get(i);
            if (emphasis.edgeFaded(e) == faded) {
                shapes.edge(batches, scene.edges().get(e), emphasis.edgeStrong(e), emphasis.edgeSelected(e), scale,
                        area, cutCurves);
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        surface.save();
        if (faded) {
            surface.setOpacity(FADED);
        }
        batches.paint(surface);
        surface.restore();
    }

    /** Paints the labels of the faded or the other links that lie in {@code area}. */
    private void paintEdgeLabels(Surface surface, Indices edges, boolean faded, Bounds area) {
        for (int i = 0; i < edges.size(); i++) {
            int e = edges.get(i);
            EdgeShape edge = scene.edges().get(e);
            if (edge.label() == null || emphasis.edgeFaded(e) != faded || !edge.label().box().intersects(area)) {
                continue;
            }
            surface.save();
            if (faded) {
                surface.setOpacity(FADED);
            }
            surface.beginGroup("label-" + edge.linkId(), "link-label");
            shapes.edgeLabel(surface, edge.label(), emphasis.edgeStrong(e));
            surface.endGroup();
            surface.restore();
        }
    }

    /** The names and roles of {@code nodes} over the boxes a moving view sketches them as, faded ones faded. */
    private void paintNames(Surface surface, Indices nodes, double scale) {
        for (int i = 0; i < nodes.size(); i++) {
            int v = nodes.get(i);
            surface.save();
            if (emphasis.nodeFaded(v)) {
                surface.setOpacity(FADED);
            }
            shapes.cardText(surface, scene.nodes().get(v), scale, MIN_MOVING_READABLE_PX);
            surface.restore();
        }
    }

    private void paintLabel(Surface surface, NameLabel label, double scale) {
        NodeShape node = scene.nodes().get(label.vertex());
        surface.beginGroup("name-" + node.actorId(), "name");
        shapes.nameLabel(surface, node, label, scale);
        surface.endGroup();
    }

    private void paintNode(Surface surface, int v, boolean faded, boolean text, double scale) {
        NodeShape node = scene.nodes().get(v);
        surface.save();
        if (faded) {
            surface.setOpacity(FADED);
        }
        surface.beginGroup("actor-" + node.actorId(), "actor " + node.kind().id() + " " + node.side().id());
        if (nameBeside(v, scale)) {
            shapes.marker(surface, node, scale);
        } else {
            shapes.card(surface, node);
        }
        if (text) {
            shapes.cardText(surface, node, scale, MIN_READABLE_PX);
        }
        surface.endGroup();
        surface.restore();
    }
}
