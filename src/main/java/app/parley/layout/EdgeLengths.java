package app.parley.layout;

import java.util.Arrays;

/**
 * Natural lengths of the edges of a graph, in units of the mean edge: an edge between vertices that share much of
 * their neighbourhood is shorter. The length is {@code 1 − SHARE + SHARE × max(SHORTEST, 1 − J)}, {@code J} the
 * Jaccard index of the two ends' neighbourhoods (each end's neighbours, the other end among them), scaled to mean 1.
 * In a random geometric graph this follows how far apart the two points lie; in a grid every edge gets the same
 * length, on the border as inside, so the border is drawn straight.
 */
final class EdgeLengths {

    /** The least length before scaling, so that twins are not drawn on top of each other. */
    static final double SHORTEST = 0.2;
    /** How much of the length follows the overlap; the rest is the same for every edge. */
    static final double SHARE = 0.7;

    private EdgeLengths() {
    }

    /** The length of each entry of {@code graph.neighbours}, the same both ways. */
    static double[] of(WeightedGraph graph) {
        int n = graph.size;
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        double[] lengths = new double[graph.neighbours.length];
        double sum = 0;
        for (int v = 0; v < n; v++) {
            for (int e = graph.rowStart[v]; e < graph.rowStart[v + 1]; e++) {
                mark[graph.neighbours[e]] = v;
            }
            for (int e = graph.rowStart[v]; e < graph.rowStart[v + 1]; e++) {
                int u = graph.neighbours[e];
                int shared = 0;
                for (int f = graph.rowStart[u]; f < graph.rowStart[u + 1]; f++) {
                    if (mark[graph.neighbours[f]] == v) {
                        shared++;
                    }
                }
                int union = graph.degree(v) + graph.degree(u) - shared;
                lengths[e] = 1 - SHARE + SHARE * Math.max(SHORTEST, 1 - shared / (double) union);
                sum += lengths[e];
            }
        }
        if (sum > 0) {
            double mean = sum / lengths.length;
            for (int e = 0; e < lengths.length; e++) {
                lengths[e] /= mean;
            }
        }
        return lengths;
    }
}
