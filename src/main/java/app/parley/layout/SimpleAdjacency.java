package app.parley.layout;

import java.util.Arrays;

/**
 * The undirected simple graph under a layout graph, in compressed rows: loops and repeated edges left out, each row
 * sorted ascending. The arrays are shared, not copied; callers must not change them.
 */
public final class SimpleAdjacency {

    private final int[] rowStart;
    private final int[] neighbours;

    private SimpleAdjacency(int[] rowStart, int[] neighbours) {
        this.rowStart = rowStart;
        this.neighbours = neighbours;
    }

    /** The simple graph under {@code graph}. */
    public static SimpleAdjacency of(LayoutGraph graph) {
        int n = graph.vertexCount();
        int[] start = new int[n + 1];
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (graph.source(e) != graph.target(e)) {
                start[graph.source(e) + 1]++;
                start[graph.target(e) + 1]++;
            }
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] adjacent = new int[start[n]];
        for (int e = 0; e < graph.edgeCount(); e++) {
            int s = graph.source(e);
            int t = graph.target(e);
            if (s != t) {
                adjacent[fill[s]++] = t;
                adjacent[fill[t]++] = s;
            }
        }
        int[] rowStart = new int[n + 1];
        int kept = 0;
        for (int v = 0; v < n; v++) {
            Arrays.sort(adjacent, start[v], start[v + 1]);
            rowStart[v] = kept;
            for (int i = start[v]; i < start[v + 1]; i++) {
                if (i == start[v] || adjacent[i] != adjacent[i - 1]) {
                    adjacent[kept++] = adjacent[i];
                }
            }
        }
        rowStart[n] = kept;
        return new SimpleAdjacency(rowStart, Arrays.copyOf(adjacent, kept));
    }

    /** The number of vertices. */
    public int size() {
        return rowStart.length - 1;
    }

    /** Where each vertex's row starts in {@link #neighbours()}, with the total length at index {@code size()}. */
    public int[] rowStart() {
        return rowStart;
    }

    /** The rows of neighbours, one after another. */
    public int[] neighbours() {
        return neighbours;
    }

    /** The number of neighbours of {@code v}. */
    public int degree(int v) {
        return rowStart[v + 1] - rowStart[v];
    }

    /**
     * Hop distances from {@code source} into {@code hops} (-1 where unreachable), using {@code queue} as scratch;
     * returns how many vertices were reached, which {@code queue} holds in the order reached.
     */
    public int hops(int source, int[] hops, int[] queue) {
        return hops(rowStart, neighbours, source, hops, queue);
    }

    /** {@link #hops(int, int[], int[])} over any graph in compressed rows. */
    static int hops(int[] rowStart, int[] neighbours, int source, int[] hops, int[] queue) {
        Arrays.fill(hops, -1);
        hops[source] = 0;
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        while (head < tail) {
            int v = queue[head++];
            for (int e = rowStart[v]; e < rowStart[v + 1]; e++) {
                int u = neighbours[e];
                if (hops[u] < 0) {
                    hops[u] = hops[v] + 1;
                    queue[tail++] = u;
                }
            }
        }
        return tail;
    }
}
