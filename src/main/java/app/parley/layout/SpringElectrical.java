package app.parley.layout;

/**
 * The force simulation on one level of the hierarchy (Fruchterman-Reingold forces with Hu's adaptive step): each
 * vertex is pushed away from every other with strength {@code K² m_u m_v / d} (or {@code K³ m_u m_v / d²}, as the
 * {@link ForceModel} says), pulled toward its neighbours with {@code w d² / K} (or {@code w d}), and moves by the
 * step length along its net force. Forces are computed from a snapshot of the positions, one vertex at a time, each
 * summed in a fixed order, so the result does not depend on the threads.
 */
final class SpringElectrical {

    /** Below this many vertices every pair is summed exactly. */
    private static final int EXACT_LIMIT = 96;
    private static final double THETA_SQUARED = 1.0;

    private final ForceModel model;
    private final WeightedGraph graph;
    private final double[] x;
    private final double[] y;
    private final boolean[] pinned;
    private final double k;
    private final ParallelLoop loop;
    private final double[] fx;
    private final double[] fy;
    private final double[] norm;
    private final QuadTree tree;

    /** A simulation of {@code model}'s forces moving {@code x} and {@code y} in place, except where {@code pinned}. */
    SpringElectrical(WeightedGraph graph, double[] x, double[] y, boolean[] pinned, double k, ParallelLoop loop,
                     ForceModel model) {
        this.model = model;
        this.graph = graph;
        this.x = x;
        this.y = y;
        this.pinned = pinned;
        this.k = k;
        this.loop = loop;
        this.fx = new double[graph.size];
        this.fy = new double[graph.size];
        this.norm = new double[graph.size];
        this.tree = graph.size > EXACT_LIMIT ? new QuadTree(graph.size) : null;
    }

    /**
     * Runs up to {@code iterations} steps, starting with step length {@code step}, until the step shrinks below a
     * hundredth of {@code K} or {@code progress} says stop; each step counts as {@code workPerStep}. An adaptive run
     * lengthens the step while the forces keep falling (for a random start); otherwise it cools at every step (for
     * refining a layout that is nearly right).
     *
     * @return the number of steps taken
     */
    int run(int iterations, double step, boolean adaptive, Progress progress, double workPerStep) {
        double length = step;
        double previous = Double.POSITIVE_INFINITY;
        int steps = 0;
        while (steps < iterations && length > ForceModel.TOLERANCE * k) {
            double total = step(length);
            steps++;
            if (!adaptive || total >= previous) {
                length *= model.cooling();
            } else if (total < 0.95 * previous) {
                length = Math.min(0.99 * length / model.cooling(), k * Math.sqrt(graph.size));
            }
            previous = total;
            if (!progress.advance(workPerStep)) {
                break;
            }
        }
        return steps;
    }

    private double step(double length) {
        int n = graph.size;
        if (tree != null) {
            tree.build(x, y, graph.masses, n);
            loop.run(n, (from, to) -> {
                for (int p = from; p < to; p++) {
                    int v = tree.vertexAt(p);
                    if (!pinned[v]) {
                        tree.repulsion(v, x[v], y[v], THETA_SQUARED, model.repulsionPower(), fx, fy);
                        addAttraction(v);
                    }
                }
            });
        } else {
            for (int v = 0; v < n; v++) {
                if (!pinned[v]) {
                    exactRepulsion(v);
                    addAttraction(v);
                }
            }
        }
        loop.run(n, (from, to) -> {
            for (int v = from; v < to; v++) {
                if (pinned[v]) {
                    norm[v] = 0;
                    continue;
                }
                double f = Math.sqrt(fx[v] * fx[v] + fy[v] * fy[v]);
                norm[v] = f;
                if (f > 0) {
                    x[v] += length * fx[v] / f;
                    y[v] += length * fy[v] / f;
                }
            }
        });
        double total = 0;
        for (int v = 0; v < n; v++) {
            total += norm[v];
        }
        return total;
    }

    private void exactRepulsion(int v) {
        boolean cubed = model.repulsionPower() == 2;
        double sx = 0;
        double sy = 0;
        for (int u = 0; u < graph.size; u++) {
            if (u == v) {
                continue;
            }
            double dx = x[v] - x[u];
            double dy = y[v] - y[u];
            double d2 = dx * dx + dy * dy;
            if (d2 > 0) {
                double f = cubed ? graph.masses[u] / (d2 * Math.sqrt(d2)) : graph.masses[u] / d2;
                sx += dx * f;
                sy += dy * f;
            } else {
                sx += v < u ? -graph.masses[u] : graph.masses[u];
            }
        }
        fx[v] = sx;
        fy[v] = sy;
    }

    /** Scales the repulsion sum already in {@code fx, fy} and adds the springs of {@code v}. */
    private void addAttraction(int v) {
        double scale = k * k * graph.masses[v] * (model.repulsionPower() == 2 ? k : 1);
        double sx = fx[v] * scale;
        double sy = fy[v] * scale;
        double px = x[v];
        double py = y[v];
        for (int e = graph.rowStart[v]; e < graph.rowStart[v + 1]; e++) {
            int u = graph.neighbours[e];
            double dx = x[u] - px;
            double dy = y[u] - py;
            double f = model.linearSprings() ? graph.weights[e] : graph.weights[e] * Math.sqrt(dx * dx + dy * dy) / k;
            sx += dx * f;
            sy += dy * f;
        }
        fx[v] = sx;
        fy[v] = sy;
    }
}
