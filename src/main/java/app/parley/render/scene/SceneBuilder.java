package app.parley.render.scene;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.graph.RoleLink;
import app.parley.layout.LayoutModel;
import app.parley.model.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/** Places cards at their layout positions, routes the links between them and finds a free spot for every label. */
public final class SceneBuilder {

    private static final double PARALLEL_SPACING = 30;
    private static final double LABEL_PAD_X = 5;
    private static final double LABEL_PAD_Y = 2;
    /** Links are routed on several threads from this many on. */
    private static final int PARALLEL_MINIMUM = 4096;
    private static final double[] LABEL_SPOTS = {0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75};
    /** How many spots beside a link's middle, each half a label further out, are tried for an emphasised label. */
    private static final int BESIDE_STEPS = 6;

    private final ActorGraph graph;
    private final List<NodeCard> cards;
    private final Theme theme;
    private final TextMeasurer measurer;
    /** Label widths at the usual size by text, shared by the builders of a map's edits. */
    private final Map<String, Double> labelWidths;

    /**
     * A builder for one graph whose cards were measured with the same theme and measurer.
     *
     * @param graph    the actors and links
     * @param cards    the measured cards, in vertex order
     * @param theme    type sizes for edge labels
     * @param measurer measures edge labels
     */
    public SceneBuilder(ActorGraph graph, List<NodeCard> cards, Theme theme, TextMeasurer measurer) {
        this(graph, cards, theme, measurer, new ConcurrentHashMap<>());
    }

    /** A builder that shares the label widths measured by the builder of the map before an edit. */
    SceneBuilder(ActorGraph graph, List<NodeCard> cards, Theme theme, TextMeasurer measurer,
                 Map<String, Double> labelWidths) {
        if (cards.size() != graph.size()) {
            throw new IllegalArgumentException("Every actor needs a card: " + cards.size() + " for " + graph.size());
        }
        this.graph = graph;
        this.cards = List.copyOf(cards);
        this.theme = theme;
        this.measurer = measurer;
        this.labelWidths = labelWidths;
    }

    /** The label widths this builder measured, shared with the builders of later edits. */
    Map<String, Double> labelWidths() {
        return labelWidths;
    }

    /** The graph the scenes are built for. */
    ActorGraph graph() {
        return graph;
    }

    /** The cards, in vertex order. */
    List<NodeCard> cards() {
        return cards;
    }

    /**
     * Which links get a label, in the order the labels are placed (earlier ones get the better spots), and which cards
     * the labels keep clear of: for a scene that shows only some of the map, some of it emphasised.
     *
     * @param order      link numbers to label, first placed first
     * @param emphasised how many of the first links in {@code order} are emphasised: their labels need only keep clear
     *                   of the emphasised cards (and of other labels), and may cover the faded ones
     * @param scale      how much larger the emphasised labels are set
     * @param obstacle   whether a card (by vertex number) is shown, so that labels must not cover it
     * @param emphasis   whether a card is emphasised, so that no label may cover it
     */
    public record LabelPlan(int[] order, int emphasised, double scale, IntPredicate obstacle, IntPredicate emphasis) {

        /** Copies the order and checks the scale. */
        public LabelPlan {
            order = order.clone();
            if (!(scale > 0)) {
                throw new IllegalArgumentException("Label scale must be positive");
            }
        }
    }

    /** The scene for the positions in {@code layout}. */
    public Scene build(LayoutModel layout) {
        return build(layout, null, true);
    }

    /**
     * The scene for the positions in {@code layout}, cards scaled as {@link #build(LayoutModel, double[])} scales
     * them, with labels only on the links {@code plan} names, placed in its order clear of the cards it names.
     */
    public Scene build(LayoutModel layout, double[] cardScales, LabelPlan plan) {
        return build(layout, cardScales, true, plan);
    }

    /**
     * The scene for the positions in {@code layout}, each card scaled about its centre by its factor in
     * {@code cardScales} (by vertex number; {@code null} keeps every card at its measured size). Links and hit-testing
     * follow the scaled cards.
     */
    public Scene build(LayoutModel layout, double[] cardScales) {
        return build(layout, cardScales, true, null);
    }

    /**
     * The scene for the positions in {@code layout} without edge labels, which are the costly part to place: for
     * showing a layout while it runs.
     */
    public Scene sketch(LayoutModel layout) {
        return build(layout, null, false, null);
    }

    private Scene build(LayoutModel layout, double[] cardScales, boolean labels) {
        return build(layout, cardScales, labels, null);
    }

    private Scene build(LayoutModel layout, double[] cardScales, boolean labels, LabelPlan plan) {
        if (cardScales != null && cardScales.length != graph.size()) {
            throw new IllegalArgumentException("Every actor needs a scale: " + cardScales.length + " for "
                    + graph.size());
        }
        if (layout.size() != graph.size()) {
            throw new IllegalArgumentException("The layout has " + layout.size() + " positions for " + graph.size()
                    + " actors");
        }
        List<NodeShape> nodes = new ArrayList<>(graph.size());
        double widthSum = 0;
        for (int v = 0; v < graph.size(); v++) {
            Actor actor = graph.actors().get(v);
            NodeCard card = cardScales == null || cardScales[v] == 1 ? cards.get(v) : cards.get(v).scaled(cardScales[v]);
            Bounds box = new Bounds(layout.x(v) - card.width() / 2, layout.y(v) - card.height() / 2, card.width(),
                    card.height());
            nodes.add(new NodeShape(v, actor.id(), actor.kind(), actor.side(), box, card));
            widthSum += card.width();
        }
        double cellSize = Math.max(64, graph.size() == 0 ? 200 : 1.5 * widthSum / graph.size());
        List<EdgeShape> edges = routeEdges(nodes, cellSize, labels, plan);
        boolean plain = labels && plan == null && cardScales == null;
        return new Scene(nodes, edges, layout.backdrops(), cellSize, plain ? labelWidths : null);
    }

    private List<EdgeShape> routeEdges(List<NodeShape> nodes, double cellSize, boolean labels, LabelPlan plan) {
        List<Link> links = graph.links();
        int[] from = new int[links.size()];
        int[] to = new int[links.size()];
        forEach(links.size(), e -> {
            from[e] = graph.indexOf(links.get(e).fromId());
            to[e] = graph.indexOf(links.get(e).toId());
        });
        EdgeShape[] edges = new EdgeShape[links.size()];
        List<int[]> bundles = bundles(from, to, nodes.size());
        forEach(bundles.size(), b -> {
            int[] bundle = bundles.get(b);
            for (int i = 0; i < bundle.length; i++) {
                double offset = bundleOffset(i, bundle.length);
                int e = bundle[i];
                edges[e] = route(e, links.get(e), from[e], to[e], nodes, offset);
            }
        });
        if (!labels) {
            return List.of(edges);
        }
        GridIndex occupied = new GridIndex(cellSize);
        List<Bounds> obstacles = new ArrayList<>();
        for (NodeShape node : nodes) {
            if (plan == null || plan.obstacle().test(node.index())) {
                occupied.add(obstacles.size(), node.box());
                obstacles.add(node.box());
            }
        }
        EdgeShape[] placed = edges.clone();
        if (plan == null) {
            for (int e = 0; e < edges.length; e++) {
                // Every card is an obstacle here, so asking first about the two the link joins (which a label on a
                // short link mostly meets) answers the same, sooner.
                Bounds one = nodes.get(edges[e].from()).box();
                Bounds other = nodes.get(edges[e].to()).box();
                placed[e] = withLabel(edges[e], links.get(e), box -> one.intersects(box) || other.intersects(box)
                        || overlapsAny(box, occupied, obstacles), occupied, obstacles, false, 1);
            }
            return List.of(placed);
        }
        GridIndex emphasisOccupied = new GridIndex(cellSize);
        List<Bounds> emphasisObstacles = new ArrayList<>();
        for (NodeShape node : nodes) {
            if (plan.emphasis().test(node.index())) {
                emphasisOccupied.add(emphasisObstacles.size(), node.box());
                emphasisObstacles.add(node.box());
            }
        }
        int[] order = plan.order();
        for (int i = 0; i < order.length; i++) {
            int e = order[i];
            boolean emphasised = i < plan.emphasised();
            placed[e] = withLabel(edges[e], links.get(e), emphasised ? emphasisOccupied : occupied,
                    emphasised ? emphasisObstacles : obstacles, emphasised, emphasised ? plan.scale() : 1);
            EdgeLabel label = placed[e].label();
            if (label != null && emphasised) {
                occupied.add(obstacles.size(), label.box());
                obstacles.add(label.box());
            } else if (label != null) {
                emphasisOccupied.add(emphasisObstacles.size(), label.box());
                emphasisObstacles.add(label.box());
            }
        }
        return List.of(placed);
    }

    /**
     * Runs {@code body} for {@code 0..count-1}, on the common pool's threads too when there are many: each index writes
     * only slots of its own, so the result does not depend on the threads.
     */
    private static void forEach(int count, IntConsumer body) {
        if (count < PARALLEL_MINIMUM) {
            for (int i = 0; i < count; i++) {
                body.accept(i);
            }
        } else {
            IntStream.range(0, count).parallel().forEach(body);
        }
    }

    /**
     * The links grouped by the pair of vertices they join, each group in link order: grouped by the lower vertex with
     * a counting sort, then by the higher one.
     */
    private static List<int[]> bundles(int[] from, int[] to, int vertexCount) {
        int[] start = new int[vertexCount + 1];
        for (int e = 0; e < from.length; e++) {
            start[Math.min(from[e], to[e]) + 1]++;
        }
        for (int v = 0; v < vertexCount; v++) {
            start[v + 1] += start[v];
        }
        long[] keyed = new long[from.length];
        int[] fill = Arrays.copyOf(start, vertexCount);
        for (int e = 0; e < from.length; e++) {
            keyed[fill[Math.min(from[e], to[e])]++] = ((long) Math.max(from[e], to[e]) << 32) | e;
        }
        List<int[]> bundles = new ArrayList<>();
        for (int v = 0; v < vertexCount; v++) {
            Arrays.sort(keyed, start[v], start[v + 1]);
            for (int i = start[v]; i < start[v + 1]; ) {
                int j = i + 1;
                while (j < start[v + 1] && keyed[j] >>> 32 == keyed[i] >>> 32) {
                    j++;
                }
                int[] bundle = new int[j - i];
                for (int k = i; k < j; k++) {
                    bundle[k - i] = (int) keyed[k];
                }
                bundles.add(bundle);
                i = j;
            }
        }
        return bundles;
    }

    /** The offset of the {@code i}th of {@code count} links between the same two cards from the straight line. */
    double bundleOffset(int i, int count) {
        return (i - (count - 1) / 2.0) * PARALLEL_SPACING * theme.fontScale();
    }

    /** Link {@code e} routed between its cards in {@code nodes}, {@code offset} off the straight line, unlabelled. */
    EdgeShape route(int e, Link link, int from, int to, List<NodeShape> nodes, double offset) {
        Bounds a = nodes.get(from).box();
        Bounds b = nodes.get(to).box();
        EdgeGroup group = EdgeGroup.of(link);
        if (from == to) {
            double lift = a.height() * 1.2;
            return new EdgeShape(e, link.id(), from, to, group, link.directed(), a.x() + a.width() * 0.3, a.y(),
                    a.centerX(), a.y() - lift, a.x() + a.width() * 0.7, a.y(), null);
        }
        int low = Math.min(from, to);
        Bounds first = nodes.get(low).box();
        Bounds second = low == from ? b : a;
        double dx = second.centerX() - first.centerX();
        double dy = second.centerY() - first.centerY();
        double length = Math.max(1e-9, Math.hypot(dx, dy));
        double nx = -dy / length;
        double ny = dx / length;
        double midX = (a.centerX() + b.centerX()) / 2;
        double midY = (a.centerY() + b.centerY()) / 2;
        double cx = midX + nx * offset * 2;
        double cy = midY + ny * offset * 2;
        double[] start = exit(a, cx, cy);
        double[] end = exit(b, cx, cy);
        return new EdgeShape(e, link.id(), from, to, group, link.directed(), start[0], start[1], cx, cy, end[0], end[1],
                null);
    }

    /** Where the ray from a box's centre towards (tx, ty) leaves the box. */
    private static double[] exit(Bounds box, double tx, double ty) {
        double cx = box.centerX();
        double cy = box.centerY();
        double dx = tx - cx;
        double dy = ty - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double halfW = box.width() / 2 + 2;
        double halfH = box.height() / 2 + 2;
        double scale = Math.min(dx == 0 ? Double.MAX_VALUE : halfW / Math.abs(dx),
                dy == 0 ? Double.MAX_VALUE : halfH / Math.abs(dy));
        return new double[] {cx + dx * scale, cy + dy * scale};
    }

    /**
     * The edge with its label, set {@code scale} times the usual size, placed on it where it covers no card and no
     * other label (or, when {@code beside}, next to its middle if nowhere on it); without a label when there is no such
     * place (it would be unreadable) or when it only repeats the role line already on the holder's card.
     */
    private EdgeShape withLabel(EdgeShape edge, Link link, GridIndex occupied, List<Bounds> obstacles,
                                boolean beside, double scale) {
        return withLabel(edge, link, box -> overlapsAny(box, occupied, obstacles), occupied, obstacles, beside, scale);
    }

    /**
     * The edge with its label placed where it is not {@code blocked} (which must answer as the obstacles filed in
     * {@code occupied} do), the label then filed as an obstacle too.
     */
    private EdgeShape withLabel(EdgeShape edge, Link link, Predicate<Bounds> blocked, GridIndex occupied,
                                List<Bounds> obstacles, boolean beside, double scale) {
        EdgeLabel label = placeLabel(edge, link, blocked, beside, scale);
        if (label == null) {
            return edge;
        }
        occupied.add(obstacles.size(), label.box());
        obstacles.add(label.box());
        return labelled(edge, label);
    }

    /** The edge with {@code label} (or none). */
    static EdgeShape labelled(EdgeShape edge, EdgeLabel label) {
        return new EdgeShape(edge.index(), edge.linkId(), edge.from(), edge.to(), edge.group(), edge.directed(),
                edge.x1(), edge.y1(), edge.cx(), edge.cy(), edge.x2(), edge.y2(), label);
    }

    /**
     * The label of an edge set {@code scale} times the usual size, at the first spot on it that is not
     * {@code blocked} (or, when {@code beside}, next to its middle if nowhere on it); {@code null} when there is no
     * such place or the label only repeats the role line already on the holder's card.
     */
    EdgeLabel placeLabel(EdgeShape edge, Link link, Predicate<Bounds> blocked, boolean beside, double scale) {
        String text = link.label();
        if (text == null || text.isBlank() || repeatsCard(edge, link)) {
            return null;
        }
        FontSpec base = theme.edgeFont();
        FontSpec font = new FontSpec(base.family(), base.size() * scale, base.bold());
        double padX = LABEL_PAD_X * theme.fontScale() * scale;
        double padY = LABEL_PAD_Y * theme.fontScale() * scale;
        double width = labelWidth(text, font, scale) + 2 * padX;
        double height = measurer.lineHeight(font) + 2 * padY;
        Bounds best = null;
        for (double t : LABEL_SPOTS) {
            Bounds box = new Bounds(edge.xAt(t) - width / 2, edge.yAt(t) - height / 2, width, height);
            if (!blocked.test(box)) {
                best = box;
                break;
            }
        }
        if (best == null && beside) {
            best = besideMiddle(edge, width, height, blocked);
        }
        if (best == null) {
            return null;
        }
        return new EdgeLabel(text, best, best.x() + padX, best.y() + padY + measurer.ascent(font), font);
    }

    /**
     * Whether one of the spots {@link #placeLabel} tries for the label of an edge at the usual size, on the edge,
     * meets {@code area}: only an obstacle there can change where the label goes. False for a link that never gets a
     * label.
     */
    boolean spotsMeet(EdgeShape edge, Link link, Bounds area) {
        String text = link.label();
        if (text == null || text.isBlank() || repeatsCard(edge, link)) {
            return false;
        }
        FontSpec font = theme.edgeFont();
        double width = labelWidth(text, font, 1) + 2 * LABEL_PAD_X * theme.fontScale();
        double height = measurer.lineHeight(font) + 2 * LABEL_PAD_Y * theme.fontScale();
        for (double t : LABEL_SPOTS) {
            if (new Bounds(edge.xAt(t) - width / 2, edge.yAt(t) - height / 2, width, height).intersects(area)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the spots a label of {@code edge} is tried at has its middle in {@code area}: true whenever a
     * label spot meets a box that {@code area} holds with room for half a label to spare on each side, as
     * {@link #spotsMeet} asks, and quicker to ask (no text looked up).
     */
    static boolean spotsNear(EdgeShape edge, Bounds area) {
        for (double t : LABEL_SPOTS) {
            if (area.contains(edge.xAt(t), edge.yAt(t))) {
                return true;
            }
        }
        return false;
    }

    /** The width of a label's text in bold, remembered for the usual size. */
    private double labelWidth(String text, FontSpec font, double scale) {
        FontSpec bold = new FontSpec(font.family(), font.size(), true);
        if (scale != 1) {
            return measurer.width(text, bold);
        }
        return labelWidths.computeIfAbsent(text, t -> measurer.width(t, bold));
    }

    /**
     * The half-diagonal reach of the widest label measured so far at the usual size, padding included: a label placed
     * on a link lies within this of a point on it.
     */
    double labelReach() {
        double widest = 0;
        for (double width : labelWidths.values()) {
            widest = Math.max(widest, width);
        }
        FontSpec font = theme.edgeFont();
        double width = widest + 2 * LABEL_PAD_X * theme.fontScale();
        double height = measurer.lineHeight(font) + 2 * LABEL_PAD_Y * theme.fontScale();
        return Math.max(width, height) / 2 + 1;
    }

    /**
     * A free spot for a {@code width} x {@code height} label next to the middle of a link, on either side, as close as
     * can be: for links between cards so close that the link itself has no room.
     */
    private Bounds besideMiddle(EdgeShape edge, double width, double height, Predicate<Bounds> blocked) {
        double dx = edge.x2() - edge.x1();
        double dy = edge.y2() - edge.y1();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return null;
        }
        double nx = -dy / length;
        double ny = dx / length;
        double reach = Math.abs(nx) * width / 2 + Math.abs(ny) * height / 2;
        double cx = edge.xAt(0.5);
        double cy = edge.yAt(0.5);
        for (double step = 1; step <= BESIDE_STEPS; step++) {
            double distance = reach + (step - 1) * height / 2;
            for (int side = 1; side >= -1; side -= 2) {
                Bounds box = new Bounds(cx + side * nx * distance - width / 2, cy + side * ny * distance - height / 2,
                        width, height);
                if (!blocked.test(box)) {
                    return box;
                }
            }
        }
        return null;
    }

    private static boolean overlapsAny(Bounds box, GridIndex occupied, List<Bounds> obstacles) {
        return occupied.anyMatch(box, id -> obstacles.get(id).intersects(box));
    }

    private boolean repeatsCard(EdgeShape edge, Link link) {
        return link instanceof RoleLink && cards.get(edge.from()).lines().stream()
                .anyMatch(line -> line.muted() && line.text().equals(link.label()));
    }
}
