package app.parley.layout.quality;

import app.parley.layout.SimpleAdjacency;

/**
 * Neighbourhood preservation (Kruiger et al. 2017, with graph neighbourhoods of one hop): for each vertex {@code v}
 * of degree {@code k ≥ 1}, the Jaccard index {@code |G ∩ D| / |G ∪ D|} of its {@code k} graph neighbours {@code G}
 * and the {@code k} vertices nearest it in the drawing {@code D} (ties of distance to the lower vertex number),
 * averaged over those vertices. 1 means every vertex's neighbours are exactly the vertices drawn nearest it.
 */
final class NeighbourhoodPreservation {

    private NeighbourhoodPreservation() {
    }

    /** The mean Jaccard index over the vertices with at least one neighbour, or 1 when there are none. */
    static double of(SimpleAdjacency graph, double[] x, double[] y) {
        int n = graph.size();
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            maxDegree = Math.max(maxDegree, graph.degree(v));
        }
        if (maxDegree == 0) {
            return 1;
        }
        NearestNeighbours index = new NearestNeighbours(x, y);
        int[] found = new int[maxDegree];
        double[] distances = new double[maxDegree];
        int[] mark = new int[n];
        double sum = 0;
        int counted = 0;
        for (int v = 0; v < n; v++) {
            int k = graph.degree(v);
            if (k == 0) {
                continue;
            }
            index.nearest(v, k, found, distances);
            for (int e = graph.rowStart()[v]; e < graph.rowStart()[v + 1]; e++) {
                mark[graph.neighbours()[e]] = v + 1;
            }
            int shared = 0;
            for (int i = 0; i < k; i++) {
                if (mark[found[i]] == v + 1) {
                    shared++;
                }
            }
            sum += shared / (double) (2 * k - shared);
            counted++;
        }
        return sum / counted;
    }
}
