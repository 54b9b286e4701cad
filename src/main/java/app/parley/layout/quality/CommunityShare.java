package app.parley.layout.quality;

/**
 * Community share of a drawing of a graph with planted communities: for each vertex, the share of the
 * {@code NEAREST} vertices drawn nearest it (ties of distance to the lower vertex number) that belong to its own
 * community, averaged over all vertices. A drawing whose communities are separate clumps scores near 1; a uniform
 * disc scores about the share of the largest communities in the whole.
 */
public final class CommunityShare {

    /** How many of the nearest vertices on the page are looked at. */
    public static final int NEAREST = 10;

    private CommunityShare() {
    }

    /**
     * The mean share of each vertex's {@link #NEAREST} nearest vertices in the drawing (fewer when there are fewer
     * other vertices) that are in its community, {@code community[v]} for vertex {@code v}; 0 for fewer than two
     * vertices.
     */
    public static double of(double[] x, double[] y, int[] community) {
        return of(x, y, community, NEAREST);
    }

    /** The community share over each vertex's {@code nearest} nearest vertices on the page. */
    public static double of(double[] x, double[] y, int[] community, int nearest) {
        int n = x.length;
        if (y.length != n || community.length != n) {
            throw new IllegalArgumentException("Every vertex needs a position and a community");
        }
        if (nearest < 1) {
            throw new IllegalArgumentException("At least one nearest vertex must be looked at");
        }
        int k = Math.min(nearest, n - 1);
        if (k < 1) {
            return 0;
        }
        NearestNeighbours index = new NearestNeighbours(x, y);
        int[] found = new int[k];
        double[] distances = new double[k];
        double sum = 0;
        for (int v = 0; v < n; v++) {
            index.nearest(v, k, found, distances);
            int same = 0;
            for (int i = 0; i < k; i++) {
                if (community[found[i]] == community[v]) {
                    same++;
                }
            }
            sum += same / (double) k;
        }
        return sum / n;
    }
}
