package app.parley.layout;

import java.util.Arrays;

/** Shortest path lengths from one vertex over edges of given lengths (Dijkstra with a binary heap). */
final class ShortestPaths {

    private final WeightedGraph graph;
    private final double[] lengths;
    private final int[] heap;
    private final int[] place;

    ShortestPaths(WeightedGraph graph, double[] lengths) {
        this.graph = graph;
        this.lengths = lengths;
        this.heap = new int[graph.size];
        this.place = new int[graph.size];
    }

    /** The distance from {@code source} to every vertex, infinite where there is no path. */
    double[] from(int source) {
        double[] distance = new double[graph.size];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        Arrays.fill(place, -1);
        distance[source] = 0;
        int size = 0;
        heap[size] = source;
        place[source] = size++;
        while (size > 0) {
            int v = heap[0];
            place[v] = -2;
            size--;
            if (size > 0) {
                heap[0] = heap[size];
                place[heap[0]] = 0;
                down(0, size, distance);
            }
            for (int e = graph.rowStart[v]; e < graph.rowStart[v + 1]; e++) {
                int u = graph.neighbours[e];
                double through = distance[v] + lengths[e];
                if (place[u] != -2 && through < distance[u]) {
                    distance[u] = through;
                    if (place[u] < 0) {
                        heap[size] = u;
                        place[u] = size++;
                    }
                    up(place[u], distance);
                }
            }
        }
        return distance;
    }

    private void up(int at, double[] distance) {
        int v = heap[at];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(v, heap[parent], distance)) {
                break;
            }
            heap[at] = heap[parent];
            place[heap[at]] = at;
            at = parent;
        }
        heap[at] = v;
        place[v] = at;
    }

    private void down(int at, int size, double[] distance) {
        int v = heap[at];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child], distance)) {
                child++;
            }
            if (!before(heap[child], v, distance)) {
                break;
            }
            heap[at] = heap[child];
            place[heap[at]] = at;
            at = child;
        }
        heap[at] = v;
        place[v] = at;
    }

    private static boolean before(int a, int b, double[] distance) {
        return distance[a] < distance[b] || distance[a] == distance[b] && a < b;
    }
}
