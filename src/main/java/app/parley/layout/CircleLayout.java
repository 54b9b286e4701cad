package app.parley.layout;

import java.util.List;

/**
 * Places the vertices evenly on a circle centred on the origin, the first at the top and the rest clockwise, in a
 * given order. The radius is either given or fitted so that no two boxes overlap; very many vertices go on
 * concentric rings instead. Pinned vertices stay where they are and leave their place on the circle empty.
 */
public final class CircleLayout implements Layout {

    /** The least space between neighbouring boxes when the radius is fitted. */
    public static final double GAP = 40;
    /** Above this many vertices a fitted layout uses concentric rings. */
    public static final int RING_THRESHOLD = 200;

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
        } else if (n <= RING_THRESHOLD) {
            placeOnCircle(model, sequence, 0, n, fittedRadius(graph, sequence));
        } else {
            placeOnRings(graph, model, sequence);
        }
        model.setBackdrops(List.of());
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
     * The least radius at which each box clears its neighbours on the circle by {@link #GAP}, grown a little at a
     * time while any two boxes still come closer than that.
     */
    private static double fittedRadius(LayoutGraph graph, int[] sequence) {
        int n = sequence.length;
        if (n < 2) {
            return 0;
        }
        double[] ux = new double[n];
        double[] uy = new double[n];
        for (int slot = 0; slot < n; slot++) {
            double angle = 2 * Math.PI * slot / n;
            ux[slot] = StrictMath.sin(angle);
            uy[slot] = -StrictMath.cos(angle);
        }
        double r = 0;
        for (int a = 0; a < n; a++) {
            int b = (a + 1) % n;
            int va = sequence[a];
            int vb = sequence[b];
            double needX = (graph.width(va) + graph.width(vb)) / 2 + GAP;
            double needY = (graph.height(va) + graph.height(vb)) / 2 + GAP;
            double dx = Math.abs(ux[b] - ux[a]);
            double dy = Math.abs(uy[b] - uy[a]);
            double rx = dx > 1e-12 ? needX / dx : Double.POSITIVE_INFINITY;
            double ry = dy > 1e-12 ? needY / dy : Double.POSITIVE_INFINITY;
            r = Math.max(r, Math.min(rx, ry));
        }
        for (int step = 0; step < MAX_GROWTH_STEPS && anyTooClose(graph, sequence, ux, uy, r); step++) {
            r *= GROWTH;
        }
        return r;
    }

    private static boolean anyTooClose(LayoutGraph graph, int[] sequence, double[] ux, double[] uy, double r) {
        int n = sequence.length;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int va = sequence[a];
                int vb = sequence[b];
                double apartX = r * Math.abs(ux[b] - ux[a]) - (graph.width(va) + graph.width(vb)) / 2;
                double apartY = r * Math.abs(uy[b] - uy[a]) - (graph.height(va) + graph.height(vb)) / 2;
                if (apartX < GAP - 1e-9 && apartY < GAP - 1e-9) {
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
