package app.parley.render;

import app.parley.layout.Backdrop;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints a scene with a theme and a view state: the one painter behind the screen, PNG and SVG. Skips what lies
 * outside the visible window and drops text that would be too small to read at the current scale.
 */
public final class GraphDrawing implements Drawing {

    /** Opacity of elements that are not highlighted while something else is. */
    static final double FADED = 0.16;
    /** Smallest on-screen type size, in pixels, that is still drawn. */
    static final double MIN_READABLE_PX = 4.5;
    /**
     * World units that ink reaches beyond a shape's geometry: arrow heads, stroke widths, the selection ring. Culling
     * keeps shapes this close to the window, so a tile draws what spills onto it from beyond its edge.
     */
    private static final double INK_MARGIN = 12;

    private final Scene scene;
    private final Theme theme;
    private final ViewState state;
    private final Emphasis emphasis;
    private final ShapePainter shapes;

    /** A drawing of {@code scene} in {@code theme}, styled by {@code state}. */
    public GraphDrawing(Scene scene, Theme theme, ViewState state) {
        this.scene = scene;
        this.theme = theme;
        this.state = state;
        this.emphasis = new Emphasis(scene, state);
        this.shapes = new ShapePainter(theme);
    }

    /** The scene being drawn. */
    public Scene scene() {
        return scene;
    }

    @Override
    public Bounds bounds() {
        return scene.bounds();
    }

    @Override
    public void paint(Surface surface, Bounds visible, double scale) {
        for (Backdrop backdrop : scene.backdrops()) {
            shapes.backdrop(surface, backdrop, scale);
        }
        Bounds reach = visible.inflate(INK_MARGIN * Math.max(1, theme.fontScale()) + 2 / Math.max(scale, 1e-3));
        List<Integer> edges = new ArrayList<>();
        scene.edgesIn(reach, e -> {
            if (!emphasis.edgeHidden(e)) {
                edges.add(e);
            }
        });
        List<Integer> nodes = new ArrayList<>();
        scene.nodesIn(reach, v -> {
            if (!emphasis.nodeHidden(v)) {
                nodes.add(v);
            }
        });
        paintEdges(surface, edges, true, scale);
        paintEdges(surface, edges, false, scale);
        boolean labels = state.edgeLabels() && theme.edgeFont().size() * scale >= MIN_READABLE_PX;
        if (labels) {
            paintEdgeLabels(surface, edges, true);
            paintEdgeLabels(surface, edges, false);
        }
        boolean text = theme.nameFont().size() * scale >= MIN_READABLE_PX;
        for (int pass = 0; pass < 2; pass++) {
            boolean faded = pass == 0;
            for (int v : nodes) {
                if (emphasis.nodeFaded(v) == faded && !emphasis.nodeSelected(v)) {
                    paintNode(surface, v, faded, text);
                }
            }
        }
        int selected = emphasis.selectedNode();
        if (selected >= 0 && !emphasis.nodeHidden(selected)) {
            paintNode(surface, selected, false, text);
            shapes.selectionRing(surface, scene.nodes().get(selected), scale);
        }
    }

    private void paintEdges(Surface surface, List<Integer> edges, boolean faded, double scale) {
        for (int e : edges) {
            if (emphasis.edgeFaded(e) != faded) {
                continue;
            }
            surface.save();
            if (faded) {
                surface.setOpacity(FADED);
            }
            shapes.edge(surface, scene.edges().get(e), emphasis.edgeStrong(e), emphasis.edgeSelected(e), scale);
            surface.restore();
        }
    }

    private void paintEdgeLabels(Surface surface, List<Integer> edges, boolean faded) {
        for (int e : edges) {
            EdgeShape edge = scene.edges().get(e);
            if (edge.label() == null || emphasis.edgeFaded(e) != faded) {
                continue;
            }
            surface.save();
            if (faded) {
                surface.setOpacity(FADED);
            }
            shapes.edgeLabel(surface, edge.label(), emphasis.edgeStrong(e));
            surface.restore();
        }
    }

    private void paintNode(Surface surface, int v, boolean faded, boolean text) {
        NodeShape node = scene.nodes().get(v);
        surface.save();
        if (faded) {
            surface.setOpacity(FADED);
        }
        surface.beginGroup("actor-" + node.actorId(), "actor " + node.kind().id() + " " + node.side().id());
        shapes.card(surface, node);
        if (text) {
            shapes.cardText(surface, node);
        }
        surface.endGroup();
        surface.restore();
    }
}
