package app.parley.render.scene;

import app.parley.graph.ActorGraph;
import app.parley.graph.GraphEdit;
import app.parley.graph.Link;
import app.parley.layout.LayoutModel;
import app.parley.model.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Changes a scene where an edit of its map changed it, to the very scene a whole build gives: cards that are new,
 * changed or moved are placed, the links that touch them, or whose bundle between two cards changed, are routed again,
 * and every other shape is kept. Labels are placed in link order, each at the first free spot on its link; a changed
 * card or label can only change the choice of a later label whose spots it overlaps, so those labels, and in turn
 * those their new places touch, are placed again, in link order, and no others. The grids are the scene's own, with the
 * changed shapes filed under new slots.
 */
final class SceneEdit {

    /** Past this many slots more than twice the items, the grids are filed anew by a whole build. */
    private static final int SLACK = 4096;

    private final Scene before;
    private final GraphEdit edit;
    private final SceneBuilder builder;
    private final LayoutModel layout;
    private final ActorGraph graph;
    private final List<Link> links;
    private Bounds damage;

    private NodeShape[] nodes;
    private double[] nodeBoxes;
    private NodeCard[] nodeCards;
    private EdgeShape[] edges;
    private int[] from;
    private int[] to;
    private SlotGrid nodeGrid;
    private SlotGrid edgeGrid;
    private SlotGrid labelGrid;
    private BitSet longOnes;
    /** The long curves in link order, and the boxes of their control points, as the scene keeps them. */
    private int[] longIds;
    private double[] longHulls;
    private BitSet queue;
    private double reach;

    private SceneEdit(Scene before, GraphEdit edit, SceneBuilder builder, LayoutModel layout) {
        this.before = before;
        this.edit = edit;
        this.builder = builder;
        this.layout = layout;
        this.graph = builder.graph();
        this.links = graph.links();
    }

    /**
     * The scene of {@code builder}'s graph (the graph after {@code edit}) for {@code layout}, made from
     * {@code before}, the scene of the graph before the edit; {@code null} when it must be built whole (the scene was
     * not built with every link labelled and cards at their measured size by a builder of this map, its grids hold too
     * many left-over slots, or it was edited already).
     */
    static Scene apply(Scene before, GraphEdit edit, SceneBuilder builder, LayoutModel layout) {
        if (before.labelling() == null || before.labelling() != builder.labelWidths()
                || edit.after() != builder.graph() || before.nodes().size() != edit.before().size()
                || before.edges().size() != edit.before().links().size() || layout.size() != builder.graph().size()
                || before.nodeGrid().slotCount() > 2 * edit.after().size() + SLACK
                || before.edgeGrid().slotCount() > 2 * edit.after().links().size() + SLACK
                || !before.claimEdit()) {
            return null;
        }
        return new SceneEdit(before, edit, builder, layout).run();
    }

    private Scene run() {
        List<Bounds> cardChanges = new ArrayList<>();
        BitSet changedNodes = placeNodes(cardChanges);
        int m = links.size();
        int[] origins = edit.linkOrigins();
        from = new int[m];
        to = new int[m];
        BitSet rerouted = routeEdges(origins, changedNodes);
        fileEdges(origins, rerouted);
        reach = builder.labelReach();
        queue = (BitSet) rerouted.clone();
        for (Bounds box : cardChanges) {
            enqueueNear(box, -1);
        }
        EdgeShape[] oldEdges = before.edgeArray();
        BitSet gone = edit.goneLinks();
        for (int o = gone.nextSetBit(0); o >= 0; o = gone.nextSetBit(o + 1)) {
            EdgeShape old = oldEdges[o];
            damage(old.bounds());
            if (old.label() != null) {
                enqueueNear(old.label().box(), -1);
            }
        }
        for (int e = rerouted.nextSetBit(0); e >= 0; e = rerouted.nextSetBit(e + 1)) {
            if (origins[e] >= 0) {
                EdgeShape old = oldEdges[origins[e]];
                damage(old.bounds());
                if (old.label() != null) {
                    enqueueNear(old.label().box(), -1);
                }
            }
        }
        BitSet relabelled = placeLabels();
        relabelled.or(rerouted);
        double[] boxes = new double[4 * m];
        double[] oldBoxes = before.edgeBoxes();
        for (int e = 0; e < m; ) {
            if (relabelled.get(e)) {
                Scene.putBox(boxes, edges[e]);
                damage(edges[e].bounds());
                if (!longOnes.get(e) && edges[e].label() != null) {
                    edgeGrid.index().add(edgeGrid.slotOf(e), edges[e].label().box());
                }
                e++;
            } else {
                int run = 1;
                while (e + run < m && !relabelled.get(e + run) && origins[e + run] == origins[e] + run) {
                    run++;
                }
                System.arraycopy(oldBoxes, 4 * origins[e], boxes, 4 * e, 4 * run);
                e += run;
            }
        }
        if (!before.backdrops().equals(layout.backdrops())) {
            before.backdrops().forEach(b -> damage(new Bounds(b.x(), b.y(), b.width(), b.height())));
            layout.backdrops().forEach(b -> damage(new Bounds(b.x(), b.y(), b.width(), b.height())));
        }
        Scene.Shapes shapes = new Scene.Shapes(nodes, edges, nodeBoxes, nodeCards, boxes, from, to);
        return new Scene(before, shapes, layout.backdrops(), nodeGrid, edgeGrid, labelGrid, longIds, longHulls,
                damage == null ? Bounds.EMPTY : damage);
    }

    /**
     * Places every card; returns the vertices whose card is new, changed or moved, their old and new boxes noted. A
     * card whose actor and measured card the edit left alone is compared by its box in the old scene's array, so the
     * cards kept are not visited one by one.
     */
    private BitSet placeNodes(List<Bounds> cardChanges) {
        int n = graph.size();
        int[] origins = edit.vertexOrigins();
        BitSet fresh = edit.freshVertices();
        NodeShape[] oldNodes = before.nodeArray();
        double[] oldBoxes = before.nodeBoxes();
        List<NodeCard> cards = builder.cards();
        NodeCard[] oldCards = before.nodeCards();
        SlotGrid oldGrid = before.nodeGrid();
        int[] slots = new int[n];
        int next = oldGrid.slotCount();
        nodes = new NodeShape[n];
        nodeBoxes = new double[4 * n];
        nodeCards = new NodeCard[n];
        BitSet changed = new BitSet(n);
        for (int v = 0; v < n; v++) {
            NodeCard card = cards.get(v);
            int o = origins[v];
            if (o >= 0 && !fresh.get(v) && oldCards[o] == card
                    && Double.compare(oldBoxes[4 * o], layout.x(v) - oldBoxes[4 * o + 2] / 2) == 0
                    && Double.compare(oldBoxes[4 * o + 1], layout.y(v) - oldBoxes[4 * o + 3] / 2) == 0) {
                keep(v, o, oldNodes, oldBoxes);
                slots[v] = oldGrid.slotOf(o);
                continue;
            }
            Actor actor = graph.actors().get(v);
            double x = layout.x(v) - card.width() / 2;
            double y = layout.y(v) - card.height() / 2;
            NodeShape old = o < 0 ? null : oldNodes[o];
            if (old != null && sameBox(old.box(), x, y, card) && (old.card() == card || old.card().equals(card))
                    && old.kind() == actor.kind() && old.side().equals(actor.side())
                    && old.actorId().equals(actor.id())) {
                keep(v, o, oldNodes, oldBoxes);
                slots[v] = oldGrid.slotOf(o);
            } else {
                Bounds box = new Bounds(x, y, card.width(), card.height());
                nodes[v] = new NodeShape(v, actor.id(), actor.kind(), actor.side(), box, card);
                Scene.putBox(nodeBoxes, nodes[v]);
                nodeCards[v] = card;
                changed.set(v);
                if (old != null) {
                    cardChanges.add(old.box());
                }
                cardChanges.add(box);
                slots[v] = next++;
                oldGrid.index().add(slots[v], box);
            }
        }
        BitSet gone = edit.goneVertices();
        for (int o = gone.nextSetBit(0); o >= 0; o = gone.nextSetBit(o + 1)) {
            cardChanges.add(oldNodes[o].box());
        }
        cardChanges.forEach(this::damage);
        nodeGrid = SlotGrid.mapped(oldGrid.index(), slots, inverse(slots, next));
        return changed;
    }

    /** Keeps the old scene's card {@code o} as card {@code v}: the same shape, renumbered when its number changed. */
    private void keep(int v, int o, NodeShape[] oldNodes, double[] oldBoxes) {
        NodeShape old = oldNodes[o];
        nodes[v] = o == v ? old : new NodeShape(v, old.actorId(), old.kind(), old.side(), old.box(), old.card());
        System.arraycopy(oldBoxes, 4 * o, nodeBoxes, 4 * v, 4);
        nodeCards[v] = before.nodeCards()[o];
    }

    /** Whether {@code box} is the box a card of {@code card}'s size has with its corner at ({@code x}, {@code y}). */
    private static boolean sameBox(Bounds box, double x, double y, NodeCard card) {
        return Double.compare(box.x(), x) == 0 && Double.compare(box.y(), y) == 0
                && Double.compare(box.width(), card.width()) == 0 && Double.compare(box.height(), card.height()) == 0;
    }

    /**
     * Finds every link's ends and routes again the links that are new or changed, touch a changed card, or join two
     * cards whose bundle of links changed; keeps the others' curves and labels. Returns the links routed again. The
     * links kept are followed through the old scene's arrays of ends, and kept shapes are copied a run at a time.
     */
    private BitSet routeEdges(int[] origins, BitSet changedNodes) {
        int m = links.size();
        int[] vertexMap = edit.vertexMap();
        BitSet fresh = edit.freshLinks();
        EdgeShape[] oldEdges = before.edgeArray();
        int[] oldFrom = before.edgeFrom();
        int[] oldTo = before.edgeTo();
        for (int e = 0; e < m; e++) {
            int o = origins[e];
            if (o >= 0 && !fresh.get(e)) {
                from[e] = vertexMap[oldFrom[o]];
                to[e] = vertexMap[oldTo[o]];
            } else {
                from[e] = graph.indexOf(links.get(e).fromId());
                to[e] = graph.indexOf(links.get(e).toId());
            }
        }
        Set<Long> pairs = new HashSet<>();
        BitSet pairEnds = new BitSet(graph.size());
        for (int e = fresh.nextSetBit(0); e >= 0; e = fresh.nextSetBit(e + 1)) {
            pairs.add(pair(from[e], to[e]));
            pairEnds.set(from[e]);
            pairEnds.set(to[e]);
        }
        BitSet gone = edit.goneLinks();
        for (int o = gone.nextSetBit(0); o >= 0; o = gone.nextSetBit(o + 1)) {
            int a = vertexMap[oldFrom[o]];
            int b = vertexMap[oldTo[o]];
            if (a >= 0 && b >= 0) {
                pairs.add(pair(a, b));
                pairEnds.set(a);
                pairEnds.set(b);
            }
        }
        edges = new EdgeShape[m];
        BitSet rerouted = new BitSet(m);
        Map<Long, List<Integer>> bundles = new LinkedHashMap<>();
        for (int e = 0; e < m; e++) {
            if (fresh.get(e) || changedNodes.get(from[e]) || changedNodes.get(to[e])
                    || (pairEnds.get(from[e]) && pairEnds.get(to[e]) && pairs.contains(pair(from[e], to[e])))) {
                rerouted.set(e);
                bundles.computeIfAbsent(pair(from[e], to[e]), k -> new ArrayList<>()).add(e);
                continue;
            }
            int o = origins[e];
            if (e == o && from[e] == oldFrom[o] && to[e] == oldTo[o]) {
                edges[e] = oldEdges[o];
            } else {
                EdgeShape old = oldEdges[o];
                edges[e] = new EdgeShape(e, old.linkId(), from[e], to[e], old.group(), old.directed(), old.x1(),
                        old.y1(), old.cx(), old.cy(), old.x2(), old.y2(), old.label());
            }
        }
        List<NodeShape> nodeList = Arrays.asList(nodes);
        for (List<Integer> bundle : bundles.values()) {
            for (int i = 0; i < bundle.size(); i++) {
                int e = bundle.get(i);
                edges[e] = builder.route(e, links.get(e), from[e], to[e], nodeList,
                        builder.bundleOffset(i, bundle.size()));
            }
        }
        return rerouted;
    }

    /** Files the curves routed again under new slots; the links kept keep theirs. */
    private void fileEdges(int[] origins, BitSet rerouted) {
        int m = links.size();
        SlotGrid oldGrid = before.edgeGrid();
        int[] slots = new int[m];
        int next = oldGrid.slotCount();
        longOnes = new BitSet(m);
        int[] linkMap = edit.linkMap();
        for (int o : before.longEdges()) {
            int e = linkMap[o];
            if (e >= 0 && !rerouted.get(e)) {
                longOnes.set(e);
            }
        }
        for (int e = 0; e < m; e++) {
            if (rerouted.get(e)) {
                slots[e] = next++;
                if (!Scene.fileCurve(oldGrid.index(), slots[e], edges[e])) {
                    longOnes.set(e);
                }
            } else {
                slots[e] = oldGrid.slotOf(origins[e]);
            }
        }
        longIds = new int[longOnes.cardinality()];
        longHulls = new double[4 * longIds.length];
        int[] oldIds = before.longEdges();
        double[] oldHulls = before.longHulls();
        int old = 0;
        for (int e = longOnes.nextSetBit(0), i = 0; e >= 0; e = longOnes.nextSetBit(e + 1), i++) {
            longIds[i] = e;
            if (rerouted.get(e)) {
                Scene.putHull(longHulls, i, edges[e]);
            } else {
                while (linkMap[oldIds[old]] != e) {
                    old++;
                }
                System.arraycopy(oldHulls, 4 * old, longHulls, 4 * i, 4);
            }
        }
        int[] items = inverse(slots, next);
        edgeGrid = SlotGrid.mapped(oldGrid.index(), slots, items);
        labelGrid = SlotGrid.mapped(before.labelGrid().index(), slots, items);
    }

    /** Places the queued labels in link order, queueing the later ones a changed label may move; returns the changed. */
    private BitSet placeLabels() {
        BitSet changed = new BitSet(links.size());
        for (int e = queue.nextSetBit(0); e >= 0; e = queue.nextSetBit(e + 1)) {
            int at = e;
            EdgeShape shape = edges[e];
            EdgeLabel old = shape.label();
            EdgeLabel placed = builder.placeLabel(shape, links.get(e), box -> blocked(box, at), false, 1);
            if (Objects.equals(old, placed)) {
                continue;
            }
            edges[e] = SceneBuilder.labelled(shape, placed);
            changed.set(e);
            if (old != null) {
                damage(old.box());
                enqueueNear(old.box(), e);
            }
            if (placed != null) {
                damage(placed.box());
                labelGrid.index().add(labelGrid.slotOf(e), placed.box());
                enqueueNear(placed.box(), e);
            }
        }
        return changed;
    }

    /** Whether a label of link {@code e} at {@code box} would cover a card or the label of an earlier link. */
    private boolean blocked(Bounds box, int e) {
        boolean[] hit = {false};
        nodeGrid.query(box, v -> hit[0] |= nodes[v].box().intersects(box));
        if (hit[0]) {
            return true;
        }
        labelGrid.query(box, k -> hit[0] |= k < e && edges[k].label() != null && edges[k].label().box().intersects(box));
        return hit[0];
    }

    /** Queues the links after {@code after} one of whose label spots overlaps {@code box}. */
    private void enqueueNear(Bounds box, int after) {
        Bounds area = box.inflate(reach);
        edgeGrid.query(area.inflate(edgeGrid.cellSize() / 4), e -> {
            if (e > after && !queue.get(e) && SceneBuilder.spotsNear(edges[e], area)
                    && builder.spotsMeet(edges[e], links.get(e), box)) {
                queue.set(e);
            }
        });
        int first = Arrays.binarySearch(longIds, after + 1);
        for (int i = first < 0 ? -first - 1 : first; i < longIds.length; i++) {
            int e = longIds[i];
            int at = 4 * i;
            if (!queue.get(e) && longHulls[at] <= area.maxX() && longHulls[at + 2] >= area.x()
                    && longHulls[at + 1] <= area.maxY() && longHulls[at + 3] >= area.y()
                    && SceneBuilder.spotsNear(edges[e], area) && builder.spotsMeet(edges[e], links.get(e), box)) {
                queue.set(e);
            }
        }
    }

    private void damage(Bounds box) {
        damage = damage == null ? box : damage.union(box);
    }

    private static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private static int[] inverse(int[] slots, int count) {
        int[] items = new int[count];
        Arrays.fill(items, -1);
        for (int i = 0; i < slots.length; i++) {
            items[slots[i]] = i;
        }
        return items;
    }
}
