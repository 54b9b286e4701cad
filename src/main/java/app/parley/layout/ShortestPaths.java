package app.parley.layout;

import java.util.Arrays;

/**
 * Shortest path lengths from one vertex over edges of given lengths (Dijkstra with a four-way heap that keeps each
 * entry's distance beside it; ties go to the lower vertex number).
 */
final class ShortestPaths {

    private static final int SETTLED = -2;

    private final WeightedGraph graph;
    private final double[] lengths;
    private final int[] heap;
    private final double[] key;
    private final int[] place;

    ShortestPaths(WeightedGraph graph, double[] lengths) {
        this.graph = graph;
        this.lengths = lengths;
        this.heap = new int[graph.size];
        this.key = new double[graph.size];
        this.place = new int[graph.size];
    }

    /** The distance from {@code source} to every vertex, infinite where there is no path. */
    double[] from(int source) {
        double[] distance = new double[graph.size];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        Arrays.fill(place, -1);
        int[] rowStart = graph.rowStart;
        int[] neighbours = graph.neighbours;
        distance[source] = 0;
        heap[0] = source;
        key[0] = 0;
        place[source] = 0;
        int size = 1;
        while (size > 0) {
            int v = heap[0];
            double reached = key[0];
            place[v] = SETTLED;
            size--;
            if (size > 0) {
                down(heap[size], key[size], size);
            }
            for (int e = rowStart[v]; e < rowStart[v + 1]; e++) {
                int u = neighbours[e];
                double through = reached + lengths[e];
                int at = place[u];
                if (at != SETTLED && through < distance[u]) {
                    distance[u] = through;
                    if (at < 0) {
                        at = size++;
                    }
                    up(u, through, at);
                }
            }
        }
        return distance;
    }

    /** Puts vertex {@code v} at distance {@code d} into the heap at {@code at} or above it. */
    private void up(int v, double d, int at) {
        while (at > 0) {
            int parent = (at - 1) >>> 2;
            int p = heap[parent];
            double pd = key[parent];
            if (!(d < pd || d == pd && v < p)) {
                break;
            }
            heap[at] = p;
            key[at] = pd;
            place[p] = at;
            at = parent;
        }
        heap[at] = v;
        key[at] = d;
        place[v] = at;
    }

    /** Puts vertex {@code v} at distance {@code d} into the heap of {@code size} entries at the root or below it. */
    private void down(int v, double d, int size) {
        int at = 0;
        while (true) {
            int first = 4 * at + 1;
            if (first >= size) {
                break;
            }
            int best = first;
            double bestKey = key[first];
            for (int child = first + 1, end = Math.min(first + 4, size); child < end; child++) {
                double childKey = key[child];
                if (childKey < bestKey || childKey == bestKey && heap[child] < heap[best]) {
                    best = child;
                    bestKey = childKey;
                }
            }
            if (!(bestKey < d || bestKey == d && heap[best] < v)) {
                break;
            }
            heap[at] = heap[best];
            key[at] = bestKey;
            place[heap[at]] = at;
            at = best;
        }
        heap[at] = v;
        key[at] = d;
        place[v] = at;
    }
}
