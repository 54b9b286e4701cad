package app.parley.layout;

import java.util.Arrays;

/**
 * The maxent-stress model (Gansner, Hu and North 2013) for a connected small world: vertices within two hops are
 * drawn toward {@code K} times their hop distance (stress weighted by {@code 1 / d²}), and every pair pushes apart
 * with an entropy term {@code −α ln d} (a repulsion falling off as {@code 1 / d}, summed by Barnes-Hut) whose weight
 * {@code α} shrinks from stage to stage. Each step moves every vertex at once to the point the stress terms and the
 * push put it (a Jacobi step), from a snapshot, so any number of threads gives the same result.
 */
final class MaxentStress {

    private static final double THETA_SQUARED = 1.0;
    /** Two-hop terms are not taken through vertices with more neighbours than this. */
    private static final int HUB_DEGREE = 40;

    private final WeightedGraph graph;
    private final double k;
    private final ParallelLoop loop;
    private final int[] termStart;
    private final int[] term;
    private final double[] termTarget;
    private final double[] termWeight;
    private final double[] weightSum;
    private final QuadTree tree;
    /** Every vertex weighs the same in the entropy term, whatever masses the graph carries. */
    private final double[] ones;

    /** A model of {@code graph} whose hop is {@code k} long, its steps run on {@code loop}. */
    MaxentStress(WeightedGraph graph, double k, ParallelLoop loop) {
        this.graph = graph;
        this.k = k;
        this.loop = loop;
        int n = graph.size;
        TwoHops near = TwoHops.counted(graph, HUB_DEGREE);
        int at = near.start[n];
        termStart = near.start;
        term = near.vertices;
        termTarget = new double[at];
        termWeight = new double[at];
        weightSum = new double[n];
        for (int v = 0; v < n; v++) {
            for (int t = near.start[v]; t < near.start[v + 1]; t++) {
                double d = near.lengths[t];
                termTarget[t] = k * d;
                termWeight[t] = 1 / (k * k * d * d);
                weightSum[v] += termWeight[t];
            }
        }
        tree = new QuadTree(n);
        ones = new double[n];
        Arrays.fill(ones, 1);
    }

    /**
     * Scales {@code x, y} so that links are {@code k} long on average, moves them by {@code steps} steps with entropy
     * weight {@code alpha}, then scales the result about its centre back to the root mean square radius it had, so
     * the drawing keeps its size; each step counts as {@code graph.size} work, and a cancelled run stops after the
     * step it is in.
     */
    void run(double[] x, double[] y, int steps, double alpha, Progress progress) {
        int n = graph.size;
        double before = radius(x, y);
        double links = meanLinkLength(x, y);
        if (links > 0) {
            scale(x, y, k / links);
        }
        double[] nx = new double[n];
        double[] ny = new double[n];
        double[] rx = new double[n];
        double[] ry = new double[n];
        for (int step = 0; step < steps; step++) {
            tree.build(x, y, ones, n);
            loop.run(n, (from, to) -> {
                for (int v = from; v < to; v++) {
                    tree.repulsion(v, x[v], y[v], THETA_SQUARED, 1, rx, ry);
                    move(v, x, y, alpha * rx[v], alpha * ry[v], nx, ny);
                }
            });
            System.arraycopy(nx, 0, x, 0, n);
            System.arraycopy(ny, 0, y, 0, n);
            if (!progress.advance(n)) {
                break;
            }
        }
        double after = radius(x, y);
        if (after > 0 && before > 0) {
            scale(x, y, before / after);
        }
    }

    private double meanLinkLength(double[] x, double[] y) {
        double sum = 0;
        for (int v = 0; v < graph.size; v++) {
            for (int e = graph.rowStart[v]; e < graph.rowStart[v + 1]; e++) {
                int u = graph.neighbours[e];
                sum += Math.sqrt((x[u] - x[v]) * (x[u] - x[v]) + (y[u] - y[v]) * (y[u] - y[v]));
            }
        }
        return graph.neighbours.length > 0 ? sum / graph.neighbours.length : 0;
    }

    /** The root mean square distance of the points from their centre. */
    private static double radius(double[] x, double[] y) {
        double[] centre = centre(x, y);
        double cx = centre[0];
        double cy = centre[1];
        double squares = 0;
        for (int i = 0; i < x.length; i++) {
            squares += (x[i] - cx) * (x[i] - cx) + (y[i] - cy) * (y[i] - cy);
        }
        return Math.sqrt(squares / x.length);
    }

    /** Scales the points by {@code factor} about their centre. */
    private static void scale(double[] x, double[] y, double factor) {
        double[] centre = centre(x, y);
        double cx = centre[0];
        double cy = centre[1];
        for (int i = 0; i < x.length; i++) {
            x[i] = cx + (x[i] - cx) * factor;
            y[i] = cy + (y[i] - cy) * factor;
        }
    }

    /** The mean of the points, as {x, y}. */
    private static double[] centre(double[] x, double[] y) {
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < x.length; i++) {
            cx += x[i];
            cy += y[i];
        }
        return new double[] {cx / x.length, cy / x.length};
    }

    private void move(int v, double[] x, double[] y, double pushX, double pushY, double[] nx, double[] ny) {
        double vx = x[v];
        double vy = y[v];
        double sx = pushX;
        double sy = pushY;
        for (int t = termStart[v]; t < termStart[v + 1]; t++) {
            int u = term[t];
            double dx = vx - x[u];
            double dy = vy - y[u];
            double distance = Math.sqrt(dx * dx + dy * dy);
            double weight = termWeight[t];
            double target = termTarget[t];
            if (distance > 0) {
                sx += weight * (x[u] + target * dx / distance);
                sy += weight * (y[u] + target * dy / distance);
            } else {
                sx += weight * (x[u] + (v < u ? -target : target));
                sy += weight * y[u];
            }
        }
        nx[v] = sx / weightSum[v];
        ny[v] = sy / weightSum[v];
    }
}
