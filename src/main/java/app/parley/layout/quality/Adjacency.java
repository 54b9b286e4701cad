package app.parley.layout.quality;

import app.parley.layout.LayoutGraph;
import java.util.Arrays;

/** The undirected simple graph under a layout graph, in compressed rows: loops and repeated edges left out. */
final class Adjacency {

    final int size;
    final int[] rowStart;
    final int[] neighbours;

    private Adjacency(int size, int[] rowStart, int[] neighbours) {
        this.size = size;
        this.rowStart = rowStart;
        this.neighbours = neighbours;
    }

    static Adjacency of(LayoutGraph graph) {
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
        return new Adjacency(n, rowStart, Arrays.copyOf(adjacent, kept));
    }

    int degree(int v) {
        return rowStart[v + 1] - rowStart[v];
    }

    /** Hop distances from {@code source} into {@code hops} (-1 where unreachable), using {@code queue} as scratch. */
    void hops(int source, int[] hops, int[] queue) {
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
    }
}
