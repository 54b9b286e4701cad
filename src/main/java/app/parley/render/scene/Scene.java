package app.parley.render.scene;

import app.parley.layout.Backdrop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The geometry of a laid-out graph: every card, curve and label in world coordinates, with grids for culling and
 * hit-testing. Styling for selection, hover and filters is applied when painting, so the geometry is built only
 * when positions change.
 *
 * <p>Cards are filed under every cell they touch; curves, in a grid of cells about half as large as a typical curve
 * is long, under the cells of points sampled at most half a cell apart along them, and queries reach a quarter cell
 * further. Curves that would need more than {@value #LONG_EDGE_SAMPLES} samples (links across a big graph) are kept
 * in a list of their own and clipped against each query instead, so the grid stays small.
 */
public final class Scene {

    /** The most samples a curve is filed under; longer curves are clipped against each query. */
    static final int LONG_EDGE_SAMPLES = 32;
    /** How many curves the typical length is taken from. */
    private static final int EDGE_LENGTH_SAMPLES = 1001;

    private final List<NodeShape> nodes;
    private final List<EdgeShape> edges;
    private final List<Backdrop> backdrops;
    private final Bounds bounds;
    private final GridIndex nodeGrid;
    private final GridIndex edgeGrid;
    private final int[] longEdges;
    /** Each curve's bounding box (with its label) as minimum x, minimum y, maximum x, maximum y. */
    private final double[] edgeBoxes;
    private final int[][] incident;
    private final double cellSize;

    public Scene(List<NodeShape> nodes, List<EdgeShape> edges, List<Backdrop> backdrops, double cellSize) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.backdrops = List.copyOf(backdrops);
        this.cellSize = cellSize;
        this.nodeGrid = new GridIndex(cellSize);
        this.edgeGrid = new GridIndex(edgeCellSize(this.edges, cellSize));
        this.edgeBoxes = new double[4 * this.edges.size()];
        Bounds all = null;
        for (NodeShape node : this.nodes) {
            nodeGrid.add(node.index(), node.box());
            all = all == null ? node.box() : all.union(node.box());
        }
        int[] degree = new int[this.nodes.size()];
        int[] longOnes = new int[this.edges.size()];
        int longCount = 0;
        for (EdgeShape edge : this.edges) {
            if (!indexEdge(edge, edgeGrid.cellSize())) {
                longOnes[longCount++] = edge.index();
            }
            Bounds box = edge.bounds();
            int at = 4 * edge.index();
            edgeBoxes[at] = box.x();
            edgeBoxes[at + 1] = box.y();
            edgeBoxes[at + 2] = box.maxX();
            edgeBoxes[at + 3] = box.maxY();
            degree[edge.from()]++;
            if (edge.to() != edge.from()) {
                degree[edge.to()]++;
            }
            all = all == null ? edge.bounds() : all.union(edge.bounds());
        }
        for (Backdrop backdrop : this.backdrops) {
            Bounds box = new Bounds(backdrop.x(), backdrop.y(), backdrop.width(), backdrop.height());
            all = all == null ? box : all.union(box);
        }
        this.bounds = all == null ? Bounds.EMPTY : all;
        this.longEdges = Arrays.copyOf(longOnes, longCount);
        this.incident = new int[this.nodes.size()][];
        for (int v = 0; v < degree.length; v++) {
            incident[v] = new int[degree[v]];
            degree[v] = 0;
        }
        for (EdgeShape edge : this.edges) {
            incident[edge.from()][degree[edge.from()]++] = edge.index();
            if (edge.to() != edge.from()) {
                incident[edge.to()][degree[edge.to()]++] = edge.index();
            }
        }
    }

    /**
     * The cells curves are filed under: as large as a card's cell, or half the typical curve's length if that is more,
     * so that a layout whose links run long does not file each under dozens of cells.
     */
    private static double edgeCellSize(List<EdgeShape> edges, double cellSize) {
        if (edges.isEmpty()) {
            return cellSize;
        }
        int samples = Math.min(edges.size(), EDGE_LENGTH_SAMPLES);
        double[] lengths = new double[samples];
        for (int i = 0; i < samples; i++) {
            EdgeShape edge = edges.get((int) ((long) i * edges.size() / samples));
            double dx = edge.x2() - edge.x1();
            double dy = edge.y2() - edge.y1();
            lengths[i] = Math.sqrt(dx * dx + dy * dy);
        }
        Arrays.sort(lengths);
        return Math.max(cellSize, lengths[samples / 2] / 2);
    }

    /** Whether curve {@code e}'s bounding box meets the rectangle. */
    private boolean boxMeets(int e, Bounds area) {
        int at = 4 * e;
        return edgeBoxes[at] <= area.maxX() && edgeBoxes[at + 2] >= area.x() && edgeBoxes[at + 1] <= area.maxY()
                && edgeBoxes[at + 3] >= area.y();
    }

    /**
     * Files a curve under the cells of points at most half a cell apart along it (its speed never exceeds twice its
     * longer control leg, so every point of it lies within a quarter cell of one), and its label under the cells it
     * covers; returns false, filing nothing, for a curve too long for that.
     */
    private boolean indexEdge(EdgeShape edge, double cellSize) {
        double leg = Math.max(Math.hypot(edge.cx() - edge.x1(), edge.cy() - edge.y1()),
                Math.hypot(edge.x2() - edge.cx(), edge.y2() - edge.cy()));
        int steps = Math.max(2, (int) Math.ceil(2 * leg / (cellSize / 2)));
        if (steps > LONG_EDGE_SAMPLES) {
            return false;
        }
        for (int i = 0; i <= steps; i++) {
            double t = i / (double) steps;
            edgeGrid.addPoint(edge.index(), edge.xAt(t), edge.yAt(t));
        }
        if (edge.label() != null) {
            edgeGrid.add(edge.index(), edge.label().box());
        }
        return true;
    }

    /** The cards, by vertex number. */
    public List<NodeShape> nodes() {
        return nodes;
    }

    /** The curves, by link number. */
    public List<EdgeShape> edges() {
        return edges;
    }

    /** The shapes behind everything (the table, the camps' zones). */
    public List<Backdrop> backdrops() {
        return backdrops;
    }

    /** The world rectangle holding everything. */
    public Bounds bounds() {
        return bounds;
    }

    /** The link numbers touching a vertex. */
    public int[] incidentEdges(int vertex) {
        return incident[vertex].clone();
    }

    /** The vertices joined to {@code vertex} by at least one link. */
    public BitSet neighbours(int vertex) {
        BitSet out = new BitSet(nodes.size());
        for (int e : incident[vertex]) {
            EdgeShape edge = edges.get(e);
            out.set(edge.from() == vertex ? edge.to() : edge.from());
        }
        return out;
    }

    /** Calls {@code found} once for each card that overlaps the rectangle, in vertex order. */
    public void nodesIn(Bounds area, IntConsumer found) {
        if (area.contains(bounds)) {
            for (int v = 0; v < nodes.size(); v++) {
                found.accept(v);
            }
            return;
        }
        BitSet seen = new BitSet(nodes.size());
        nodeGrid.query(area, seen::set);
        for (int v = seen.nextSetBit(0); v >= 0; v = seen.nextSetBit(v + 1)) {
            if (nodes.get(v).box().intersects(area)) {
                found.accept(v);
            }
        }
    }

    /**
     * Calls {@code found} once for each curve that may cross the rectangle, in link order: never leaves out one that
     * does.
     */
    public void edgesIn(Bounds area, IntConsumer found) {
        if (area.contains(bounds)) {
            for (int e = 0; e < edges.size(); e++) {
                found.accept(e);
            }
            return;
        }
        BitSet seen = new BitSet(edges.size());
        edgeGrid.query(area.inflate(edgeGrid.cellSize() / 4), seen::set);
        for (int e = seen.nextSetBit(0); e >= 0; e = seen.nextSetBit(e + 1)) {
            if (!boxMeets(e, area)) {
                seen.clear(e);
            }
        }
        for (int e : longEdges) {
            if (boxMeets(e, area) && CurveClip.meets(edges.get(e), area)) {
                seen.set(e);
            }
        }
        for (int e = seen.nextSetBit(0); e >= 0; e = seen.nextSetBit(e + 1)) {
            found.accept(e);
        }
    }

    /** The topmost card under a point. */
    public Optional<NodeShape> nodeAt(double x, double y) {
        List<Integer> hits = new ArrayList<>(2);
        nodesIn(new Bounds(x, y, 0, 0), hits::add);
        return hits.stream().max(Integer::compare).map(nodes::get);
    }

    /** The curve or label nearest a point, if one lies within {@code tolerance}. */
    public Optional<EdgeShape> edgeAt(double x, double y, double tolerance) {
        EdgeShape best = null;
        double bestDistance = tolerance;
        Bounds probe = new Bounds(x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance);
        List<Integer> candidates = new ArrayList<>();
        edgesIn(probe, candidates::add);
        for (int e : candidates) {
            EdgeShape edge = edges.get(e);
            if (edge.label() != null && edge.label().box().contains(x, y)) {
                return Optional.of(edge);
            }
            double distance = edge.distanceTo(x, y);
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = edge;
            }
        }
        return Optional.ofNullable(best);
    }
}
