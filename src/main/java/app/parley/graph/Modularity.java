package app.parley.graph;

/**
 * Newman's modularity of a partition of an undirected graph given as edge ends: the share of edges inside
 * communities minus the share expected if edges were rewired at random keeping degrees,
 * {@code Q = Σ_c (m_c / m − (d_c / 2m)²)}. Repeated edges count as often as they appear; loops are left out.
 */
public final class Modularity {

    private Modularity() {
    }

    /** The modularity of {@code community} (one entry per vertex) for the edges {@code from[i]–to[i]}. */
    public static double of(int[] from, int[] to, int[] community) {
        int communities = 0;
        for (int c : community) {
            communities = Math.max(communities, c + 1);
        }
        double[] inside = new double[communities];
        double[] degree = new double[communities];
        long edges = 0;
        for (int e = 0; e < from.length; e++) {
            if (from[e] == to[e]) {
                continue;
            }
            edges++;
            int a = community[from[e]];
            int b = community[to[e]];
            degree[a]++;
            degree[b]++;
            if (a == b) {
                inside[a]++;
            }
        }
        if (edges == 0) {
            return 0;
        }
        double q = 0;
        for (int c = 0; c < communities; c++) {
            double share = degree[c] / (2.0 * edges);
            q += inside[c] / edges - share * share;
        }
        return q;
    }
}
