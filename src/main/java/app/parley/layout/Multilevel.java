package app.parley.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Lays out one connected graph the multilevel way (as sfdp and FM³ do): coarsen it step by step, place the coarsest
 * graph from a random start, then carry the positions down one level at a time, spreading each cluster's members
 * around it and refining with a short simulation.
 */
final class Multilevel {

    /** Coarsening stops at this many vertices. */
    private static final int COARSEST = 48;
    /** Coarsening stops when a step keeps more than this share of the vertices. */
    private static final double POOR_SHRINK = 0.8;
    private static final int MAX_LEVELS = 40;
    /** How far a cluster member starts toward its outside neighbours, as a share of the way. */
    private static final double PULL = 0.4;
    /** The noise added to a member's start, as a share of its cluster's size. */
    private static final double NOISE = 0.1;

    private final ForceModel model;
    private final double k;
    private final int iterations;
    private final ParallelLoop loop;
    private final Progress progress;
    private final Watcher watcher;

    /** Learns which level is being refined, to show a layout while it runs. */
    @FunctionalInterface
    interface Watcher {
        /**
         * The positions of one level's vertices ({@code x, y}, moved in place as it is refined) and, for each vertex
         * of the whole graph, the vertex of that level it belongs to ({@code null} on the finest level, itself).
         */
        void stage(double[] x, double[] y, int[] clusterOf);
    }

    /**
     * A layout with natural edge length {@code k}, the forces and cooling of {@code model} (see
     * {@link SpringElectrical}) and at most {@code iterations} simulation steps per level, telling {@code watcher} (if
     * not {@code null}) each level it refines.
     */
    Multilevel(double k, int iterations, ParallelLoop loop, Progress progress, Watcher watcher, ForceModel model) {
        this.model = model;
        this.k = k;
        this.iterations = iterations;
        this.loop = loop;
        this.progress = progress;
        this.watcher = watcher;
    }

    /**
     * Places the vertices of {@code graph} not {@code pinned}, writing into {@code x, y}, which hold the pinned
     * positions on entry.
     */
    void layout(WeightedGraph graph, double[] x, double[] y, boolean[] pinned, SplittableRandom random) {
        List<WeightedGraph> graphs = new ArrayList<>();
        List<boolean[]> pins = new ArrayList<>();
        List<int[]> parents = new ArrayList<>();
        graphs.add(graph);
        pins.add(pinned);
        while (graphs.size() < MAX_LEVELS && last(graphs).size > COARSEST) {
            Coarsening step = Coarsening.of(last(graphs), last(pins));
            if (step.coarse.size > POOR_SHRINK * last(graphs).size) {
                break;
            }
            graphs.add(step.coarse);
            pins.add(step.pinned);
            parents.add(step.parent);
        }
        int levels = graphs.size();
        double[][] xs = new double[levels][];
        double[][] ys = new double[levels][];
        xs[0] = x;
        ys[0] = y;
        for (int level = 1; level < levels; level++) {
            xs[level] = new double[graphs.get(level).size];
            ys[level] = new double[graphs.get(level).size];
            carryPinsUp(parents.get(level - 1), pins.get(level - 1), xs, ys, level);
        }
        int top = levels - 1;
        randomStart(graphs.get(top), xs[top], ys[top], pins.get(top), random);
        watch(xs, ys, parents, top);
        refine(graphs.get(top), xs[top], ys[top], pins.get(top), k * Math.sqrt(graphs.get(top).size), true);
        for (int level = top - 1; level >= 0; level--) {
            WeightedGraph fine = graphs.get(level);
            spreadClusters(fine, graphs.get(level + 1), parents.get(level), pins.get(level), xs, ys, level, random);
            watch(xs, ys, parents, level);
            refine(fine, xs[level], ys[level], pins.get(level), model.refineStep() * k, false);
        }
    }

    /** Tells the watcher, if any, that {@code level} is being refined now. */
    private void watch(double[][] xs, double[][] ys, List<int[]> parents, int level) {
        if (watcher == null) {
            return;
        }
        int[] clusterOf = null;
        if (level > 0) {
            clusterOf = parents.get(0).clone();
            for (int up = 1; up < level; up++) {
                int[] parent = parents.get(up);
                for (int v = 0; v < clusterOf.length; v++) {
                    clusterOf[v] = parent[clusterOf[v]];
                }
            }
        }
        watcher.stage(xs[level], ys[level], clusterOf);
    }

    /**
     * About how many vertex steps laying out a graph of {@code size} vertices with the forces of {@code model}
     * takes, for progress reports.
     */
    static double work(int size, int iterations, ForceModel model) {
        int refinement = Math.min(iterations, model.coolingSteps(model.refineStep()));
        double coarsest = Math.min(size, COARSEST) * (double) iterations;
        return size > COARSEST ? 2.0 * size * refinement + coarsest : coarsest;
    }

    private void refine(WeightedGraph graph, double[] x, double[] y, boolean[] pinned, double step, boolean adaptive) {
        if (!progress.cancelled()) {
            new SpringElectrical(graph, x, y, pinned, k, loop, model).run(iterations, step, adaptive, progress, graph.size);
        }
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static void carryPinsUp(int[] parent, boolean[] finePins, double[][] xs, double[][] ys, int level) {
        for (int v = 0; v < parent.length; v++) {
            if (finePins[v]) {
                xs[level][parent[v]] = xs[level - 1][v];
                ys[level][parent[v]] = ys[level - 1][v];
            }
        }
    }

    /** Scatters the free vertices over a square big enough for their mass, around the pins if there are any. */
    private void randomStart(WeightedGraph graph, double[] x, double[] y, boolean[] pinned, SplittableRandom random) {
        double cx = 0;
        double cy = 0;
        int pins = 0;
        for (int v = 0; v < graph.size; v++) {
            if (pinned[v]) {
                cx += x[v];
                cy += y[v];
                pins++;
            }
        }
        if (pins > 0) {
            cx /= pins;
            cy /= pins;
        }
        double half = k * Math.sqrt(graph.totalMass()) / 2;
        for (int v = 0; v < graph.size; v++) {
            if (!pinned[v]) {
                x[v] = cx + half * (2 * random.nextDouble() - 1);
                y[v] = cy + half * (2 * random.nextDouble() - 1);
            }
        }
    }

    /**
     * Puts each free vertex of a cluster part of the way from the cluster toward its neighbours in other clusters,
     * so members start on the side they are linked to, plus a little noise to tell alike members apart.
     */
    private void spreadClusters(WeightedGraph fine, WeightedGraph coarse, int[] parent, boolean[] pinned,
                                double[][] xs, double[][] ys, int level, SplittableRandom random) {
        int[] members = new int[coarse.size];
        for (int v = 0; v < fine.size; v++) {
            members[parent[v]]++;
        }
        double[] cx = xs[level + 1];
        double[] cy = ys[level + 1];
        double[] x = xs[level];
        double[] y = ys[level];
        for (int v = 0; v < fine.size; v++) {
            if (pinned[v]) {
                continue;
            }
            int c = parent[v];
            x[v] = cx[c];
            y[v] = cy[c];
            if (members[c] == 1) {
                continue;
            }
            double sx = 0;
            double sy = 0;
            double weight = 0;
            for (int e = fine.rowStart[v]; e < fine.rowStart[v + 1]; e++) {
                int d = parent[fine.neighbours[e]];
                if (d != c) {
                    sx += fine.weights[e] * (cx[d] - cx[c]);
                    sy += fine.weights[e] * (cy[d] - cy[c]);
                    weight += fine.weights[e];
                }
            }
            double half = k * Math.sqrt(coarse.masses[c]);
            if (weight > 0) {
                double dx = sx / weight;
                double dy = sy / weight;
                double length = Math.sqrt(dx * dx + dy * dy);
                double reach = Math.min(PULL * length, 0.5 * half);
                if (length > 0) {
                    x[v] += dx / length * reach;
                    y[v] += dy / length * reach;
                }
            }
            x[v] += NOISE * half * (2 * random.nextDouble() - 1);
            y[v] += NOISE * half * (2 * random.nextDouble() - 1);
        }
    }
}
