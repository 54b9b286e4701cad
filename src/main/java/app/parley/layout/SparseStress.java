package app.parley.layout;

import java.util.Arrays;

/**
 * The sparse stress model (Ortmann, Klimenta and Brandes 2016) for a connected graph of any size: each vertex is
 * drawn toward distance {@code K} from its neighbours and toward {@code K} times the hop distance from every pivot,
 * a pivot's pull weighted by how many vertices of its region lie closer to it than half that distance. Vertices
 * within two hops are drawn toward their shortest-path distance over at most two edges. Vertices are moved one after
 * the other (Gauss–Seidel majorization), always in the same order, on the calling thread.
 */
final class SparseStress {

    private static final double TOLERANCE = 1e-4;
    /** Two-hop terms are not taken through vertices with more neighbours than this. */
    private static final int HUB_DEGREE = 40;
    /**
     * Rounds in which the pivots pull; later rounds keep only the terms within two hops, which settle the local
     * shape once the pivots have set the whole (the pivots' rough weights would otherwise bend it).
     */
    private static final int PIVOT_ROUNDS = 20;

    private final WeightedGraph graph;
    private final PivotMds pivots;
    private final double k;
    /** The pivot terms of each vertex in compressed rows: pivot vertex, target distance and weight. */
    private final int[] termStart;
    private final int[] termPivot;
    private final double[] termTarget;
    private final double[] termWeight;
    /** The vertices within two hops of each vertex (in compressed rows), their target distance and weight. */
    private final int[] localStart;
    private final int[] local;
    private final double[] localTarget;
    private final double[] localWeight;

    /** A model of {@code graph} with edges of the given {@code lengths} (mean 1), drawn {@code k} times as long. */
    SparseStress(WeightedGraph graph, double[] lengths, PivotMds pivots, double k) {
        this(graph, near(graph, lengths), pivots, k);
    }

    /**
     * A model of {@code graph} drawn with hop {@code k}, its terms between near vertices those of {@code near} (from
     * {@link #near}, which needs no pivots: it can be found while they are chosen).
     */
    SparseStress(WeightedGraph graph, TwoHops near, PivotMds pivots, double k) {
        this.graph = graph;
        this.pivots = pivots;
        this.k = k;
        float[][] pivotWeight = weights();
        int n = graph.size;
        unweightNearPivots(near, pivotWeight);
        int at = near.start[n];
        localStart = near.start;
        local = near.vertices;
        localTarget = new double[at];
        localWeight = new double[at];
        for (int e = 0; e < at; e++) {
            localTarget[e] = k * near.lengths[e];
            localWeight[e] = 1.0 / (near.lengths[e] * near.lengths[e]);
        }
        int p = pivots.pivots.length;
        termStart = new int[n + 1];
        int count = 0;
        for (int v = 0; v < n; v++) {
            for (int j = 0; j < p; j++) {
                count += pivotWeight[j][v] > 0 ? 1 : 0;
            }
        }
        termPivot = new int[count];
        termTarget = new double[count];
        termWeight = new double[count];
        int term = 0;
        for (int v = 0; v < n; v++) {
            termStart[v] = term;
            for (int j = 0; j < p; j++) {
                if (pivotWeight[j][v] > 0) {
                    termPivot[term] = pivots.pivots[j];
                    termTarget[term] = k * pivots.hops[j][v];
                    termWeight[term++] = pivotWeight[j][v];
                }
            }
        }
        termStart[n] = term;
    }

    /** The vertices within two hops of each other in {@code graph} whose edges have the given {@code lengths}. */
    static TwoHops near(WeightedGraph graph, double[] lengths) {
        return TwoHops.of(graph, lengths, HUB_DEGREE);
    }

    /**
     * Drops the pull of each pivot on the vertices within two hops of it (itself included): the terms between near
     * vertices already draw them.
     */
    private void unweightNearPivots(TwoHops near, float[][] pivotWeight) {
        int[] mark = new int[graph.size];
        Arrays.fill(mark, -1);
        for (int v = 0; v < graph.size; v++) {
            mark[v] = v;
            for (int t = near.start[v]; t < near.start[v + 1]; t++) {
                mark[near.vertices[t]] = v;
            }
            for (int j = 0; j < pivots.pivots.length; j++) {
                if (mark[pivots.pivots[j]] == v) {
                    pivotWeight[j][v] = 0;
                }
            }
        }
    }

    /** The pivot weights: the number of region members within half the distance, over the distance squared. */
    private float[][] weights() {
        int n = graph.size;
        int p = pivots.pivots.length;
        int[] region = new int[n];
        for (int v = 0; v < n; v++) {
            int best = 0;
            for (int j = 1; j < p; j++) {
                if (pivots.hops[j][v] < pivots.hops[best][v]) {
                    best = j;
                }
            }
            region[v] = best;
        }
        int[] members = new int[p];
        for (int v = 0; v < n; v++) {
            members[region[v]]++;
        }
        double[][] sorted = new double[p][];
        for (int j = 0; j < p; j++) {
            sorted[j] = new double[members[j]];
        }
        int[] filled = new int[p];
        for (int v = 0; v < n; v++) {
            sorted[region[v]][filled[region[v]]++] = pivots.hops[region[v]][v];
        }
        float[][] weights = new float[p][n];
        for (int j = 0; j < p; j++) {
            Arrays.sort(sorted[j]);
            int pivot = pivots.pivots[j];
            for (int v = 0; v < n; v++) {
                double d = pivots.hops[j][v];
                if (v != pivot && d > 0) {
                    weights[j][v] = (float) (Math.max(1, within(sorted[j], d / 2)) / (d * d));
                }
            }
        }
        return weights;
    }

    /** How many of the ascending {@code distances} are at most {@code limit}. */
    private static int within(double[] distances, double limit) {
        int low = 0;
        int high = distances.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (distances[middle] <= limit) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * Moves the vertices from {@code x, y} (free ones only) for at most {@code iterations} rounds or until the
     * positions settle, each round counting as {@code graph.size} work.
     *
     * @return the number of rounds
     */
    int run(double[] x, double[] y, boolean[] pinned, int iterations, Progress progress) {
        int n = graph.size;
        double[] moved = new double[2];
        int round = 0;
        while (round < iterations) {
            double total = 0;
            for (int v = 0; v < n; v++) {
                if (pinned[v]) {
                    continue;
                }
                update(v, x, y, moved, round < PIVOT_ROUNDS);
                double dx = moved[0] - x[v];
                double dy = moved[1] - y[v];
                total += dx * dx + dy * dy;
                x[v] = moved[0];
                y[v] = moved[1];
            }
            round++;
            if (!progress.advance(n) || Math.sqrt(total / n) < TOLERANCE * k) {
                break;
            }
        }
        return round;
    }

    /** Writes where vertex {@code v} goes into {@code to}: the weighted mean of where each term would put it. */
    private void update(int v, double[] x, double[] y, double[] to, boolean withPivots) {
        double sx = 0;
        double sy = 0;
        double total = 0;
        double vx = x[v];
        double vy = y[v];
        int[] near = local;
        double[] nearTarget = localTarget;
        double[] nearWeight = localWeight;
        for (int e = localStart[v], last = localStart[v + 1]; e < last; e++) {
            int u = near[e];
            double target = nearTarget[e];
            double weight = nearWeight[e];
            double dx = vx - x[u];
            double dy = vy - y[u];
            double distance = Math.sqrt(dx * dx + dy * dy);
            if (distance > 0) {
                double along = target / distance;
                sx += weight * (x[u] + along * dx);
                sy += weight * (y[u] + along * dy);
            } else {
                sx += weight * (x[u] + (v < u ? -target : target));
                sy += weight * y[u];
            }
            total += weight;
        }
        int[] pivotOf = termPivot;
        double[] pivotTarget = termTarget;
        double[] pivotWeight = termWeight;
        for (int t = termStart[v], end = withPivots ? termStart[v + 1] : t; t < end; t++) {
            int pivot = pivotOf[t];
            double target = pivotTarget[t];
            double weight = pivotWeight[t];
            double pxj = x[pivot];
            double pyj = y[pivot];
            double dx = vx - pxj;
            double dy = vy - pyj;
            double distance = Math.sqrt(dx * dx + dy * dy);
            if (distance > 0) {
                double along = target / distance;
                sx += weight * (pxj + along * dx);
                sy += weight * (pyj + along * dy);
            } else {
                sx += weight * (pxj + target);
                sy += weight * pyj;
            }
            total += weight;
        }
        to[0] = sx / total;
        to[1] = sy / total;
    }
}
