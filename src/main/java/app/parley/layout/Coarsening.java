package app.parley.layout;

import java.util.Arrays;

/**
 * One step up a multilevel hierarchy: a coarser graph whose vertices are clusters of the finer one. Vertices are
 * first matched along their heaviest light edge (leaves first), then every vertex left alone joins the lightest
 * neighbouring cluster, so stars shrink as fast as paths. Pinned vertices always stay clusters of their own.
 */
final class Coarsening {

    final WeightedGraph coarse;
    final int[] parent;
    final boolean[] pinned;

    private Coarsening(WeightedGraph coarse, int[] parent, boolean[] pinned) {
        this.coarse = coarse;
        this.parent = parent;
        this.pinned = pinned;
    }

    /** Clusters {@code fine}, whose vertices {@code pinned} must stay alone. */
    static Coarsening of(WeightedGraph fine, boolean[] pinned) {
        int n = fine.size;
        int[] cluster = new int[n];
        Arrays.fill(cluster, -1);
        double[] clusterMass = new double[n];
        int clusters = matchPairs(fine, pinned, cluster, clusterMass);
        for (int v = 0; v < n; v++) {
            if (cluster[v] < 0 && !pinned[v]) {
                int lightest = lightestNeighbourCluster(fine, v, pinned, cluster, clusterMass);
                if (lightest >= 0) {
                    cluster[v] = lightest;
                    clusterMass[lightest] += fine.masses[v];
                }
            }
        }
        for (int v = 0; v < n; v++) {
            if (cluster[v] < 0) {
                clusterMass[clusters] = fine.masses[v];
                cluster[v] = clusters++;
            }
        }
        boolean[] coarsePinned = new boolean[clusters];
        for (int v = 0; v < n; v++) {
            coarsePinned[cluster[v]] |= pinned[v];
        }
        WeightedGraph coarse = contract(fine, cluster, clusters, Arrays.copyOf(clusterMass, clusters));
        return new Coarsening(coarse, cluster, coarsePinned);
    }

    private static int matchPairs(WeightedGraph fine, boolean[] pinned, int[] cluster, double[] clusterMass) {
        int clusters = 0;
        for (int v : byDegree(fine)) {
            if (cluster[v] >= 0 || pinned[v]) {
                continue;
            }
            int best = -1;
            double bestScore = 0;
            for (int k = fine.rowStart[v]; k < fine.rowStart[v + 1]; k++) {
                int u = fine.neighbours[k];
                if (cluster[u] < 0 && !pinned[u]) {
                    double score = fine.weights[k] / (fine.masses[v] * fine.masses[u]);
                    if (score > bestScore) {
                        bestScore = score;
                        best = u;
                    }
                }
            }
            if (best >= 0) {
                cluster[v] = clusters;
                cluster[best] = clusters;
                clusterMass[clusters] = fine.masses[v] + fine.masses[best];
                clusters++;
            }
        }
        return clusters;
    }

    private static int lightestNeighbourCluster(WeightedGraph fine, int v, boolean[] pinned, int[] cluster,
                                                double[] clusterMass) {
        int lightest = -1;
        for (int k = fine.rowStart[v]; k < fine.rowStart[v + 1]; k++) {
            int u = fine.neighbours[k];
            int c = cluster[u];
            if (c >= 0 && !pinned[u] && (lightest < 0 || clusterMass[c] < clusterMass[lightest])) {
                lightest = c;
            }
        }
        return lightest;
    }

    /** The vertices in ascending order of degree, ties by number (a counting sort). */
    private static int[] byDegree(WeightedGraph graph) {
        int maxDegree = 0;
        for (int v = 0; v < graph.size; v++) {
            maxDegree = Math.max(maxDegree, graph.degree(v));
        }
        int[] start = new int[maxDegree + 2];
        for (int v = 0; v < graph.size; v++) {
            start[graph.degree(v) + 1]++;
        }
        for (int d = 0; d <= maxDegree; d++) {
            start[d + 1] += start[d];
        }
        int[] order = new int[graph.size];
        for (int v = 0; v < graph.size; v++) {
            order[start[graph.degree(v)]++] = v;
        }
        return order;
    }

    private static WeightedGraph contract(WeightedGraph fine, int[] cluster, int clusters, double[] masses) {
        int[] memberStart = new int[clusters + 1];
        for (int v = 0; v < fine.size; v++) {
            memberStart[cluster[v] + 1]++;
        }
        for (int c = 0; c < clusters; c++) {
            memberStart[c + 1] += memberStart[c];
        }
        int[] members = new int[fine.size];
        int[] fill = Arrays.copyOf(memberStart, clusters);
        for (int v = 0; v < fine.size; v++) {
            members[fill[cluster[v]]++] = v;
        }
        int[] mark = new int[clusters];
        Arrays.fill(mark, -1);
        int[] slot = new int[clusters];
        int[] rowStart = new int[clusters + 1];
        int[] adjacent = new int[fine.neighbours.length];
        double[] weights = new double[fine.neighbours.length];
        int at = 0;
        for (int c = 0; c < clusters; c++) {
            rowStart[c] = at;
            for (int m = memberStart[c]; m < memberStart[c + 1]; m++) {
                int u = members[m];
                for (int k = fine.rowStart[u]; k < fine.rowStart[u + 1]; k++) {
                    int other = cluster[fine.neighbours[k]];
                    if (other == c) {
                        continue;
                    }
                    if (mark[other] != c) {
                        mark[other] = c;
                        slot[other] = at;
                        adjacent[at] = other;
                        weights[at] = fine.weights[k];
                        at++;
                    } else {
                        weights[slot[other]] += fine.weights[k];
                    }
                }
            }
        }
        rowStart[clusters] = at;
        return new WeightedGraph(clusters, rowStart, Arrays.copyOf(adjacent, at), Arrays.copyOf(weights, at), masses);
    }
}
