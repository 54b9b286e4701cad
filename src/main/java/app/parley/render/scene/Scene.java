package app.parley.render.scene;

import app.parley.layout.Backdrop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * The geometry of a laid-out graph: every card, curve and label in world coordinates, with grids for culling and
 * hit-testing. Styling for selection, hover and filters is applied when painting, so the geometry is built only
 * when positions change.
 *
 * <p>Cards are filed under every cell they touch; curves, in a grid of cells about half as large as a typical curve
 * is long, under the cells of points sampled at most half a cell apart along them, and queries reach a quarter cell
 * further. Curves that would need more than {@value #LONG_EDGE_SAMPLES} samples (links across a big graph) are kept
 * in a list of their own, so the grid stays small, and filed in coarser grids when asked ({@link #fileLongCurves});
 * once filed, only those that pass near a small query are clipped against it.
 */
public final class Scene {

    /** The most samples a curve is filed under; longer curves are filed in coarser grids. */
    static final int LONG_EDGE_SAMPLES = 32;
    /**
     * A query of at most this share of the scene's area looks for long curves in their coarser grids; a larger one
     * tests each long curve, as the grids would report most of them, each many times.
     */
    private static final int SMALL_QUERY_SHARE = 64;
    /** How many curves the typical length is taken from. */
    private static final int EDGE_LENGTH_SAMPLES = 1001;
    private static final AtomicLong SERIALS = new AtomicLong();

    private final List<NodeShape> nodes;
    private final List<EdgeShape> edges;
    /** The cards by vertex number, behind {@link #nodes}. */
    private final NodeShape[] nodeArray;
    /** The curves by link number, behind {@link #edges}. */
    private final EdgeShape[] edgeArray;
    /** Each card's box as x, y, width, height, so that an edit compares boxes without visiting every card. */
    private final double[] nodeBoxes;
    /** Each card's measured card, so that an edit finds the cards it kept without visiting every card. */
    private final NodeCard[] nodeCards;
    /** Each curve's source and target vertex, so that an edit and the incidence need not visit every curve. */
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final List<Backdrop> backdrops;
    private final Bounds bounds;
    private final SlotGrid nodeGrid;
    private final SlotGrid edgeGrid;
    private final int[] longEdges;
    /** The box of each long curve's control points (which holds the curve), four numbers each, as in longEdges. */
    private final double[] longHulls;
    /** Each curve's bounding box (with its label) as minimum x, minimum y, maximum x, maximum y. */
    private final double[] edgeBoxes;
    /** The link numbers touching each vertex, made on first use: offsets by vertex, then the links. */
    private volatile Incidence incidence;
    private final double cellSize;
    private final long serial = SERIALS.incrementAndGet();
    /** What this scene was edited from and where it differs from it, or {@code null} for a scene built whole. */
    private final Change change;
    /** How the labels were placed: every link labelled where free, cards at their measured size; else null. */
    private final Object labelling;
    private SlotGrid labelGrid;
    private boolean edited;
    /** The long curves filed in coarser grids, made on the first query that needs them. */
    private volatile LongCurves longCurves;

    /** The scene an edit came from (by serial) and the world rectangle that holds everything it changed. */
    private record Change(long from, Bounds damage) {
    }

    /** A scene built whole from its shapes. */
    public Scene(List<NodeShape> nodes, List<EdgeShape> edges, List<Backdrop> backdrops, double cellSize) {
        this(nodes, edges, backdrops, cellSize, null);
    }

    Scene(List<NodeShape> nodes, List<EdgeShape> edges, List<Backdrop> backdrops, double cellSize, Object labelling) {
        this.nodeArray = nodes.toArray(NodeShape[]::new);
        this.edgeArray = edges.toArray(EdgeShape[]::new);
        this.nodes = listOf(nodeArray);
        this.edges = listOf(edgeArray);
        this.backdrops = List.copyOf(backdrops);
        this.cellSize = cellSize;
        this.labelling = labelling;
        this.change = null;
        GridIndex nodeIndex = new GridIndex(cellSize);
        GridIndex edgeIndex = new GridIndex(edgeCellSize(this.edges, cellSize));
        this.nodeGrid = SlotGrid.whole(nodeIndex, nodeArray.length);
        this.edgeGrid = SlotGrid.whole(edgeIndex, edgeArray.length);
        this.edgeBoxes = new double[4 * edgeArray.length];
        this.nodeBoxes = new double[4 * nodeArray.length];
        for (NodeShape node : nodeArray) {
            nodeIndex.add(node.index(), node.box());
            putBox(nodeBoxes, node);
        }
        this.nodeCards = new NodeCard[nodeArray.length];
        for (NodeShape node : nodeArray) {
            nodeCards[node.index()] = node.card();
        }
        this.edgeFrom = new int[edgeArray.length];
        this.edgeTo = new int[edgeArray.length];
        int[] longOnes = new int[edgeArray.length];
        int longCount = 0;
        for (EdgeShape edge : edgeArray) {
            if (!fileEdge(edgeIndex, edge.index(), edge)) {
                longOnes[longCount++] = edge.index();
            }
            putBox(edgeBoxes, edge);
            edgeFrom[edge.index()] = edge.from();
            edgeTo[edge.index()] = edge.to();
        }
        this.longEdges = Arrays.copyOf(longOnes, longCount);
        this.longHulls = new double[4 * longCount];
        for (int i = 0; i < longCount; i++) {
            putHull(longHulls, i, edgeArray[longEdges[i]]);
        }
        this.bounds = boundsOf(nodeBoxes, edgeBoxes, this.backdrops);
    }

    /**
     * A scene edited from {@code from}: its grids are {@code from}'s, with the changed shapes filed anew. The arrays
     * become the scene's own (the edit made them for it and keeps no hold on them).
     */
    Scene(Scene from, Shapes shapes, List<Backdrop> backdrops, SlotGrid nodeGrid, SlotGrid edgeGrid,
          SlotGrid labelGrid, int[] longEdges, double[] longHulls, Bounds damage) {
        this.nodeArray = shapes.nodes();
        this.edgeArray = shapes.edges();
        this.nodes = listOf(nodeArray);
        this.edges = listOf(edgeArray);
        this.nodeBoxes = shapes.nodeBoxes();
        this.nodeCards = shapes.nodeCards();
        this.edgeBoxes = shapes.edgeBoxes();
        this.edgeFrom = shapes.edgeFrom();
        this.edgeTo = shapes.edgeTo();
        this.backdrops = List.copyOf(backdrops);
        this.cellSize = from.cellSize;
        this.labelling = from.labelling;
        this.change = new Change(from.serial, damage);
        this.nodeGrid = nodeGrid;
        this.edgeGrid = edgeGrid;
        this.labelGrid = labelGrid;
        this.longEdges = longEdges;
        this.longHulls = longHulls;
        this.bounds = boundsOf(nodeBoxes, edgeBoxes, this.backdrops);
    }

    /**
     * The shapes of an edited scene and their numbers, in the arrays a scene keeps.
     *
     * @param nodes     the cards by vertex number
     * @param edges     the curves by link number
     * @param nodeBoxes each card's box, four numbers a card (x, y, width, height)
     * @param nodeCards each card's measured card
     * @param edgeBoxes each curve's bounding box with its label, four numbers a curve (minimum and maximum x and y)
     * @param edgeFrom  each curve's source vertex
     * @param edgeTo    each curve's target vertex
     */
    record Shapes(NodeShape[] nodes, EdgeShape[] edges, double[] nodeBoxes, NodeCard[] nodeCards, double[] edgeBoxes,
                  int[] edgeFrom, int[] edgeTo) {
    }

    private static <T> List<T> listOf(T[] array) {
        return Collections.unmodifiableList(Arrays.asList(array));
    }

    /** Everything's rectangle: the cards ({@code nodeBoxes}), the curves with their labels and the backdrops. */
    private static Bounds boundsOf(double[] nodeBoxes, double[] edgeBoxes, List<Backdrop> backdrops) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int at = 0; at < nodeBoxes.length; at += 4) {
            minX = Math.min(minX, nodeBoxes[at]);
            minY = Math.min(minY, nodeBoxes[at + 1]);
            maxX = Math.max(maxX, nodeBoxes[at] + nodeBoxes[at + 2]);
            maxY = Math.max(maxY, nodeBoxes[at + 1] + nodeBoxes[at + 3]);
        }
        for (int at = 0; at < edgeBoxes.length; at += 4) {
            minX = Math.min(minX, edgeBoxes[at]);
            minY = Math.min(minY, edgeBoxes[at + 1]);
            maxX = Math.max(maxX, edgeBoxes[at + 2]);
            maxY = Math.max(maxY, edgeBoxes[at + 3]);
        }
        for (Backdrop backdrop : backdrops) {
            minX = Math.min(minX, backdrop.x());
            minY = Math.min(minY, backdrop.y());
            maxX = Math.max(maxX, backdrop.x() + backdrop.width());
            maxY = Math.max(maxY, backdrop.y() + backdrop.height());
        }
        return minX > maxX ? Bounds.EMPTY : Bounds.between(minX, minY, maxX, maxY);
    }

    /** The link numbers touching each vertex: those of vertex v at {@code links[offsets[v]..offsets[v + 1])}. */
    private record Incidence(int[] offsets, int[] links) {

        static Incidence of(int vertexCount, int[] from, int[] to) {
            int[] offsets = new int[vertexCount + 1];
            for (int e = 0; e < from.length; e++) {
                offsets[from[e] + 1]++;
                if (to[e] != from[e]) {
                    offsets[to[e] + 1]++;
                }
            }
            for (int v = 0; v < vertexCount; v++) {
                offsets[v + 1] += offsets[v];
            }
            int[] next = Arrays.copyOf(offsets, vertexCount);
            int[] links = new int[offsets[vertexCount]];
            for (int e = 0; e < from.length; e++) {
                links[next[from[e]]++] = e;
                if (to[e] != from[e]) {
                    links[next[to[e]]++] = e;
                }
            }
            return new Incidence(offsets, links);
        }
    }

    private Incidence incidence() {
        Incidence made = incidence;
        if (made == null) {
            made = Incidence.of(nodeArray.length, edgeFrom, edgeTo);
            incidence = made;
        }
        return made;
    }

    /** Writes a card's box at its vertex number, as x, y, width and height. */
    static void putBox(double[] boxes, NodeShape node) {
        Bounds box = node.box();
        int at = 4 * node.index();
        boxes[at] = box.x();
        boxes[at + 1] = box.y();
        boxes[at + 2] = box.width();
        boxes[at + 3] = box.height();
    }

    /** Writes a curve's bounding box (with its label) at its link number. */
    static void putBox(double[] boxes, EdgeShape edge) {
        Bounds box = edge.bounds();
        int at = 4 * edge.index();
        boxes[at] = box.x();
        boxes[at + 1] = box.y();
        boxes[at + 2] = box.maxX();
        boxes[at + 3] = box.maxY();
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
     * Files a curve under {@code slot} in the cells of points at most half a cell apart along it (its speed never
     * exceeds twice its longer control leg, so every point of it lies within a quarter cell of one), and its label
     * under the cells it covers; returns false, filing nothing, for a curve too long for that.
     */
    static boolean fileEdge(GridIndex grid, int slot, EdgeShape edge) {
        return fileEdge(grid, slot, edge, LONG_EDGE_SAMPLES);
    }

    /** Files a curve and its label under at most {@code samples} samples; false, filing nothing, if too long. */
    static boolean fileEdge(GridIndex grid, int slot, EdgeShape edge, int samples) {
        if (!fileCurve(grid, slot, edge, samples)) {
            return false;
        }
        if (edge.label() != null) {
            grid.add(slot, edge.label().box());
        }
        return true;
    }

    /** Files a curve without its label, as {@link #fileEdge} does; false for a long one. */
    static boolean fileCurve(GridIndex grid, int slot, EdgeShape edge) {
        return fileCurve(grid, slot, edge, LONG_EDGE_SAMPLES);
    }

    /** Files a curve without its label under at most {@code samples} samples; false, filing nothing, if too long. */
    static boolean fileCurve(GridIndex grid, int slot, EdgeShape edge, int samples) {
        double cell = grid.cellSize();
        double leg = Math.max(Math.hypot(edge.cx() - edge.x1(), edge.cy() - edge.y1()),
                Math.hypot(edge.x2() - edge.cx(), edge.y2() - edge.cy()));
        int steps = Math.max(2, (int) Math.ceil(2 * leg / (cell / 2)));
        if (steps > samples) {
            return false;
        }
        for (int i = 0; i <= steps; i++) {
            double t = i / (double) steps;
            grid.addPoint(slot, edge.xAt(t), edge.yAt(t));
        }
        return true;
    }

    // ---- what an edit of the scene works with ----------------------------------------------------------------------

    /** The cards' grid. */
    SlotGrid nodeGrid() {
        return nodeGrid;
    }

    /** The curves' grid (curves and their labels). */
    SlotGrid edgeGrid() {
        return edgeGrid;
    }

    /** The links too long for the curves' grid. */
    int[] longEdges() {
        return longEdges;
    }

    /** The boxes of the long curves' control points, four numbers (minimum and maximum x and y) for each of them. */
    double[] longHulls() {
        return longHulls;
    }

    /** Writes the box of a curve's control points, which holds the curve, as the {@code i}th of {@code hulls}. */
    static void putHull(double[] hulls, int i, EdgeShape edge) {
        int at = 4 * i;
        hulls[at] = Math.min(edge.x1(), Math.min(edge.cx(), edge.x2()));
        hulls[at + 1] = Math.min(edge.y1(), Math.min(edge.cy(), edge.y2()));
        hulls[at + 2] = Math.max(edge.x1(), Math.max(edge.cx(), edge.x2()));
        hulls[at + 3] = Math.max(edge.y1(), Math.max(edge.cy(), edge.y2()));
    }

    /** Each curve's bounding box, four numbers a link. */
    double[] edgeBoxes() {
        return edgeBoxes;
    }

    /** The cards by vertex number (read, do not change). */
    NodeShape[] nodeArray() {
        return nodeArray;
    }

    /** The curves by link number (read, do not change). */
    EdgeShape[] edgeArray() {
        return edgeArray;
    }

    /** Each card's box, four numbers a card: x, y, width, height. */
    double[] nodeBoxes() {
        return nodeBoxes;
    }

    /** Each card's measured card. */
    NodeCard[] nodeCards() {
        return nodeCards;
    }

    /** Each curve's source vertex. */
    int[] edgeFrom() {
        return edgeFrom;
    }

    /** Each curve's target vertex. */
    int[] edgeTo() {
        return edgeTo;
    }

    /** How the labels were placed ({@code null} when not every link was labelled where free). */
    Object labelling() {
        return labelling;
    }

    /** The labels' grid, filed on first use (by link number in a scene built whole). */
    synchronized SlotGrid labelGrid() {
        if (labelGrid == null) {
            GridIndex index = new GridIndex(cellSize);
            for (EdgeShape edge : edges) {
                if (edge.label() != null) {
                    index.add(edge.index(), edge.label().box());
                }
            }
            labelGrid = SlotGrid.whole(index, edges.size());
        }
        return labelGrid;
    }

    /** Claims the right to be edited: a scene's grids take one edit only, so it is edited at most once. */
    synchronized boolean claimEdit() {
        if (edited) {
            return false;
        }
        edited = true;
        return true;
    }

    /**
     * The world rectangle holding everything that differs between {@code earlier} and this scene, when this scene was
     * edited from it; empty when it was not (the two must then be compared whole).
     */
    public Optional<Bounds> damageSince(Scene earlier) {
        return earlier != null && change != null && change.from() == earlier.serial
                ? Optional.of(change.damage()) : Optional.empty();
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
        Incidence made = incidence();
        return Arrays.copyOfRange(made.links(), made.offsets()[vertex], made.offsets()[vertex + 1]);
    }

    /** The vertices joined to {@code vertex} by at least one link. */
    public BitSet neighbours(int vertex) {
        BitSet out = new BitSet(nodeArray.length);
        Incidence made = incidence();
        for (int at = made.offsets()[vertex]; at < made.offsets()[vertex + 1]; at++) {
            int e = made.links()[at];
            out.set(edgeFrom[e] == vertex ? edgeTo[e] : edgeFrom[e]);
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
        LongCurves filed = longCurves;
        if (filed != null && area.width() * area.height() * SMALL_QUERY_SHARE < bounds.width() * bounds.height()) {
            BitSet near = new BitSet(edges.size());
            filed.near(area, near::set);
            for (int e = near.nextSetBit(0); e >= 0; e = near.nextSetBit(e + 1)) {
                if (boxMeets(e, area) && CurveClip.meets(edges.get(e), area)) {
                    seen.set(e);
                }
            }
        } else {
            for (int e : longEdges) {
                if (boxMeets(e, area) && CurveClip.meets(edges.get(e), area)) {
                    seen.set(e);
                }
            }
        }
        for (int e = seen.nextSetBit(0); e >= 0; e = seen.nextSetBit(e + 1)) {
            found.accept(e);
        }
    }

    /**
     * Files the long curves in coarser grids, once, so that later small queries look only at those near them; until
     * then each query tests every long curve (cheaper for the one or two queries a scene gets after an edit).
     */
    public void fileLongCurves() {
        if (longCurves == null) {
            longCurves = new LongCurves(edges, longEdges, edgeGrid.cellSize());
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
