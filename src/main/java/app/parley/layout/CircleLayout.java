package app.parley.layout;

import java.util.List;

/**
 * Places the vertices on a circle centred on the origin, the first at the top and the rest clockwise, in a given
 * order. Given a radius, they go evenly on that circle. Fitted, they go on an ellipse {@link #ASPECT} times as wide as
 * high, shaped to the map of a small window, each pair of neighbours as far apart along it as their names, set over
 * their cards larger than the cards at the fit of such a window, need at that angle (a wide name needs more of the
 * ellipse where it runs across than where it runs down), and the ellipse just big enough that no two such names meet;
 * very many vertices go on concentric rings instead. Pinned vertices stay where they are and leave their place empty.
 */
public final class CircleLayout implements Layout {

    /** The least space between neighbouring boxes when the radius is fitted. */
    public static final double GAP = 40;
    /** Above this many vertices a fitted layout uses concentric rings. */
    public static final int RING_THRESHOLD = 200;

    /**
     * How many times wider than high a fitted ellipse is: a little, as the names over the cards at its left and right
     * widen the map it makes to about the shape of the map of a 1024 × 700 window.
     */
    public static final double ASPECT = 1.1;

    private static final int SPACING_ROUNDS = 200;
    private static final double GROWTH = 1.02;
    private static final int MAX_GROWTH_STEPS = 500;

    private final double radius;
    private final int[] order;

    private CircleLayout(double radius, int[] order) {
        this.radius = radius;
        this.order = order == null ? null : checkedPermutation(order);
    }

    /** A circle just big enough for the boxes, in vertex order. */
    public static CircleLayout fitted() {
        return new CircleLayout(0, null);
    }

    /** A circle just big enough for the boxes, visiting the vertices in {@code order} (a permutation). */
    public static CircleLayout fitted(int[] order) {
        return new CircleLayout(0, order);
    }

    /** A circle of the given radius, in vertex order. */
    public static CircleLayout withRadius(double radius) {
        return withRadius(radius, null);
    }

    /** A circle of the given radius, visiting the vertices in {@code order} (a permutation, or null). */
    public static CircleLayout withRadius(double radius, int[] order) {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("Radius must be positive");
        }
        return new CircleLayout(radius, order);
    }

    private static int[] checkedPermutation(int[] order) {
        boolean[] seen = new boolean[order.length];
        for (int v : order) {
            if (v < 0 || v >= order.length || seen[v]) {
                throw new IllegalArgumentException("Order must be a permutation of 0.." + (order.length - 1));
            }
            seen[v] = true;
        }
        return order.clone();
    }

    @Override
    public void apply(LayoutGraph graph, LayoutModel model, LayoutMonitor monitor) {
        int n = graph.vertexCount();
        if (model.size() != n) {
            throw new IllegalArgumentException("Model has " + model.size() + " vertices but the graph has " + n);
        }
        if (order != null && order.length != n) {
            throw new IllegalArgumentException("Order has " + order.length + " vertices but the graph has " + n);
        }
        int[] sequence = order != null ? order : identity(n);
        if (radius > 0) {
            placeOnCircle(model, sequence, 0, n, radius);
            model.setBackdrops(List.of());
        } else if (n <= RING_THRESHOLD) {
            placeOnEllipse(graph, model, sequence);
            model.setBackdrops(n == 0 ? List.of() : List.of(NameRoom.around(graph, model)));
        } else {
            placeOnRings(graph, model, sequence);
            model.setBackdrops(List.of());
        }
        monitor.progress(1);
    }

    private static int[] identity(int n) {
        int[] sequence = new int[n];
        for (int i = 0; i < n; i++) {
            sequence[i] = i;
        }
        return sequence;
    }

    /** Puts {@code sequence[from..to)} evenly on a circle of radius {@code r}, the first at the top. */
    private static void placeOnCircle(LayoutModel model, int[] sequence, int from, int to, double r) {
        int count = to - from;
        for (int slot = 0; slot < count; slot++) {
            int v = sequence[from + slot];
            if (!model.pinned(v)) {
                double angle = 2 * Math.PI * slot / count;
                model.set(v, r * StrictMath.sin(angle), -r * StrictMath.cos(angle));
            }
        }
    }

    /**
     * Puts the vertices on a fitted ellipse, at the angles {@link #spacedAngles} gives, its half-height the least at
     * which every two grown boxes clear each other by {@link #GAP}.
     */
    private static void placeOnEllipse(LayoutGraph graph, LayoutModel model, int[] sequence) {
        int n = sequence.length;
        double[] angles = spacedAngles(graph, sequence);
        double[] ux = new double[n];
        double[] uy = new double[n];
        for (int slot = 0; slot < n; slot++) {
            ux[slot] = ASPECT * StrictMath.sin(angles[slot]);
            uy[slot] = -StrictMath.cos(angles[slot]);
        }
        double r = 0;
        for (int a = 0; a < n && n > 1; a++) {
            r = Math.max(r, neighbourRadius(graph, sequence, ux, uy, a));
        }
        for (int step = 0; step < MAX_GROWTH_STEPS && anyTooClose(graph, sequence, ux, uy, r); step++) {
            r *= GROWTH;
        }
        for (int slot = 0; slot < n; slot++) {
            int v = sequence[slot];
            if (!model.pinned(v)) {
                model.set(v, r * ux[slot], r * uy[slot]);
            }
        }
    }

    /**
     * The angles of the slots on the ellipse, the first at the top: each gap between neighbours is widened or narrowed
     * round by round until every pair needs about the same size of ellipse to clear each other, so that wide names
     * take more of the ellipse where it runs across and tall ones where it runs down.
     */
    private static double[] spacedAngles(LayoutGraph graph, int[] sequence) {
        int n = sequence.length;
        double[] share = new double[n];
        java.util.Arrays.fill(share, 1.0 / n);
        double[] angles = new double[n];
        double[] ux = new double[n];
        double[] uy = new double[n];
        double[] needed = new double[n];
        for (int round = 0; round <= SPACING_ROUNDS; round++) {
            double angle = 0;
            for (int slot = 0; slot < n; slot++) {
                angles[slot] = angle;
                ux[slot] = ASPECT * StrictMath.sin(angle);
                uy[slot] = -StrictMath.cos(angle);
                angle += 2 * Math.PI * share[slot];
            }
            if (round == SPACING_ROUNDS || n < 3) {
                break;
            }
            double mean = 0;
            for (int a = 0; a < n; a++) {
                needed[a] = Math.min(neighbourRadius(graph, sequence, ux, uy, a), 1e12);
                mean += needed[a] / n;
            }
            double total = 0;
            for (int a = 0; a < n; a++) {
                share[a] *= Math.sqrt(needed[a] / mean);
                total += share[a];
            }
            for (int a = 0; a < n; a++) {
                share[a] /= total;
            }
        }
        return angles;
    }

    /** The least half-height of the ellipse at which the grown boxes in slot {@code a} and the next clear each other. */
    private static double neighbourRadius(LayoutGraph graph, int[] sequence, double[] ux, double[] uy, int a) {
        int b = (a + 1) % sequence.length;
        double dx = Math.abs(ux[b] - ux[a]);
        double dy = Math.abs(uy[b] - uy[a]);
        double rx = dx > 1e-12 ? needX(graph, sequence[a], sequence[b]) / dx : Double.POSITIVE_INFINITY;
        double ry = dy > 1e-12 ? needY(graph, sequence[a], sequence[b]) / dy : Double.POSITIVE_INFINITY;
        return Math.min(rx, ry);
    }

    /** How far apart across two vertices' centres must be for their grown boxes to clear each other by the gap. */
    private static double needX(LayoutGraph graph, int va, int vb) {
        return NameRoom.GROWTH_X * (graph.width(va) + graph.width(vb)) / 2 + GAP;
    }

    /** How far apart down two vertices' centres must be for their grown boxes to clear each other by the gap. */
    private static double needY(LayoutGraph graph, int va, int vb) {
        return NameRoom.GROWTH_Y * (graph.height(va) + graph.height(vb)) / 2 + GAP;
    }

    private static boolean anyTooClose(LayoutGraph graph, int[] sequence, double[] ux, double[] uy, double r) {
        int n = sequence.length;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int va = sequence[a];
                int vb = sequence[b];
                double apartX = r * Math.abs(ux[b] - ux[a]) - needX(graph, va, vb);
                double apartY = r * Math.abs(uy[b] - uy[a]) - needY(graph, va, vb);
                if (apartX < -1e-9 && apartY < -1e-9) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Fills rings from the inside out. Rings are one pitch (the largest box diagonal plus the gap) apart, and
     * neighbours on a ring at least one pitch apart, so no boxes can meet.
     */
    private static void placeOnRings(LayoutGraph graph, LayoutModel model, int[] sequence) {
        double diagonal = 0;
        for (int v = 0; v < graph.vertexCount(); v++) {
            diagonal = Math.max(diagonal, StrictMath.hypot(graph.width(v), graph.height(v)));
        }
        double pitch = diagonal + GAP;
        int placed = 0;
        for (int ring = 1; placed < sequence.length; ring++) {
            double r = pitch * ring;
            int capacity = (int) Math.floor(Math.PI / StrictMath.asin(Math.min(1, pitch / (2 * r))));
            int count = Math.min(capacity, sequence.length - placed);
            placeOnCircle(model, sequence, placed, placed + count, r);
            placed += count;
        }
    }
}
