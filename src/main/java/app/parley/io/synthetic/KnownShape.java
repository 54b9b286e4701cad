package app.parley.io.synthetic;

/**
 * A graph whose right drawing is known, as bare topology: vertices {@code 0..vertices-1}, undirected edges
 * {@code from[i]–to[i]} (no loops, no repeats), and consecutive runs of vertices that belong together, each run
 * starting at {@code groupStart[g]} and the last ending at {@code vertices}. For a stochastic block model the groups
 * are the planted communities; for the geometric shapes they are patches of nearby vertices.
 *
 * @param name       a short name, such as {@code rgg} or {@code grid}
 * @param vertices   the number of vertices
 * @param from       one end of each edge
 * @param to         the other end of each edge
 * @param groupStart the first vertex of each group, in ascending order, the first 0
 * @param planted    whether the groups are planted communities (rather than patches)
 */
public record KnownShape(String name, int vertices, int[] from, int[] to, int[] groupStart, boolean planted) {

    /** Checks the sizes. */
    public KnownShape {
        if (from.length != to.length) {
            throw new IllegalArgumentException("Every edge needs two ends");
        }
        if (groupStart.length == 0 || groupStart[0] != 0) {
            throw new IllegalArgumentException("The first group starts at vertex 0");
        }
    }

    /** The number of edges. */
    public int edges() {
        return from.length;
    }

    /** The group of each vertex. */
    public int[] groups() {
        int[] group = new int[vertices];
        for (int g = 0; g < groupStart.length; g++) {
            int end = g + 1 < groupStart.length ? groupStart[g + 1] : vertices;
            for (int v = groupStart[g]; v < end; v++) {
                group[v] = g;
            }
        }
        return group;
    }
}
