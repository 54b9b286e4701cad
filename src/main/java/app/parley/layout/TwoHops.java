package app.parley.layout;

import java.util.Arrays;

/**
 * Each vertex's neighbours within two hops, in compressed rows, with the length of the shortest path to them over at
 * most two links; two-hop paths are not taken through hubs. The terms the stress models draw between near vertices.
 */
final class TwoHops {

    /** Where each vertex's row starts in {@link #vertices}; {@code start[n]} is the number of entries. */
    final int[] start;
    /** The vertices within two hops, row by row: neighbours first, in link order, then those two hops away. */
    final int[] vertices;
    /** The length of the shortest path to each, over at most two links. */
    final double[] lengths;

    private TwoHops(int[] start, int[] vertices, double[] lengths) {
        this.start = start;
        this.vertices = vertices;
        this.lengths = lengths;
    }

    /**
     * The neighbourhoods of {@code graph} counted in hops (every link 1 long), not through vertices of more than
     * {@code hubDegree} neighbours.
     */
    static TwoHops counted(WeightedGraph graph, int hubDegree) {
        double[] ones = new double[graph.neighbours.length];
        Arrays.fill(ones, 1);
        return of(graph, ones, hubDegree);
    }

    /**
     * The neighbourhoods of {@code graph} whose links have the given {@code linkLengths} (by link slot), not through
     * vertices of more than {@code hubDegree} neighbours.
     */
    static TwoHops of(WeightedGraph graph, double[] linkLengths, int hubDegree) {
        int n = graph.size;
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        int[] start = new int[n + 1];
        Rows rows = new Rows(Math.max(16, 4 * graph.neighbours.length));
        int[] slot = new int[n];
        for (int v = 0; v < n; v++) {
            start[v] = rows.size;
            mark[v] = v;
            for (int e = graph.rowStart[v]; e < graph.rowStart[v + 1]; e++) {
                int u = graph.neighbours[e];
                if (mark[u] != v) {
                    mark[u] = v;
                    slot[u] = rows.add(u, linkLengths[e]);
                }
            }
            for (int e = graph.rowStart[v]; e < graph.rowStart[v + 1]; e++) {
                int u = graph.neighbours[e];
                if (graph.degree(u) > hubDegree) {
                    continue;
                }
                for (int f = graph.rowStart[u]; f < graph.rowStart[u + 1]; f++) {
                    int w = graph.neighbours[f];
                    double through = linkLengths[e] + linkLengths[f];
                    if (mark[w] != v) {
                        mark[w] = v;
                        slot[w] = rows.add(w, through);
                    } else if (w != v && through < rows.lengths[slot[w]]) {
                        rows.lengths[slot[w]] = through;
                    }
                }
            }
        }
        start[n] = rows.size;
        return new TwoHops(start, Arrays.copyOf(rows.vertices, rows.size), Arrays.copyOf(rows.lengths, rows.size));
    }

    /** The entries gathered so far, growing by doubling. */
    private static final class Rows {

        int[] vertices;
        double[] lengths;
        int size;

        Rows(int capacity) {
            vertices = new int[capacity];
            lengths = new double[capacity];
        }

        /** Appends an entry; returns its slot. */
        int add(int vertex, double length) {
            if (size == vertices.length) {
                vertices = Arrays.copyOf(vertices, 2 * size);
                lengths = Arrays.copyOf(lengths, 2 * size);
            }
            vertices[size] = vertex;
            lengths[size] = length;
            return size++;
        }
    }
}
