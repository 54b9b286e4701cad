package app.parley.layout;

import java.util.Arrays;

/**
 * An undirected graph in compressed rows, with edge weights and vertex masses: one level of a multilevel layout.
 * Rows list each neighbour once; loops are left out.
 */
final class WeightedGraph {

    final int size;
    final int[] rowStart;
    final int[] neighbours;
    final double[] weights;
    final double[] masses;

    WeightedGraph(int size, int[] rowStart, int[] neighbours, double[] weights, double[] masses) {
        this.size = size;
        this.rowStart = rowStart;
        this.neighbours = neighbours;
        this.weights = weights;
        this.masses = masses;
    }

    /** The undirected, simple graph under a layout graph: every vertex of mass 1, every edge of weight 1. */
    static WeightedGraph of(LayoutGraph graph) {
        SimpleAdjacency simple = SimpleAdjacency.of(graph);
        int n = simple.size();
        double[] weights = new double[simple.neighbours().length];
        Arrays.fill(weights, 1);
        double[] masses = new double[n];
        Arrays.fill(masses, 1);
        return new WeightedGraph(n, simple.rowStart(), simple.neighbours(), weights, masses);
    }

    /**
     * The subgraph on {@code vertices} (ascending), numbered 0.. in that order. {@code scratch} must have this graph's
     * size; it is overwritten.
     */
    WeightedGraph induced(int[] vertices, int[] scratch) {
        for (int i = 0; i < vertices.length; i++) {
            scratch[vertices[i]] = i;
        }
        int[] start = new int[vertices.length + 1];
        for (int i = 0; i < vertices.length; i++) {
            start[i + 1] = start[i] + degree(vertices[i]);
        }
        int[] adjacent = new int[start[vertices.length]];
        double[] w = new double[adjacent.length];
        double[] m = new double[vertices.length];
        for (int i = 0; i < vertices.length; i++) {
            int v = vertices[i];
            m[i] = masses[v];
            for (int k = rowStart[v], at = start[i]; k < rowStart[v + 1]; k++, at++) {
                adjacent[at] = scratch[neighbours[k]];
                w[at] = weights[k];
            }
        }
        return new WeightedGraph(vertices.length, start, adjacent, w, m);
    }

    /** This graph with each vertex weighing one more than its degree, so that hubs push harder. */
    WeightedGraph withDegreeMasses() {
        double[] m = new double[size];
        for (int v = 0; v < size; v++) {
            m[v] = degree(v) + 1;
        }
        return new WeightedGraph(size, rowStart, neighbours, weights, m);
    }

    int degree(int v) {
        return rowStart[v + 1] - rowStart[v];
    }

    double totalMass() {
        double sum = 0;
        for (double m : masses) {
            sum += m;
        }
        return sum;
    }

    /** The connected components, each as its vertices in ascending order, ordered by their smallest vertex. */
    int[][] components() {
        int[] label = new int[size];
        Arrays.fill(label, -1);
        int[] queue = new int[size];
        int[] counts = new int[size];
        int count = 0;
        for (int root = 0; root < size; root++) {
            if (label[root] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = root;
            label[root] = count;
            while (head < tail) {
                int v = queue[head++];
                for (int k = rowStart[v]; k < rowStart[v + 1]; k++) {
                    int u = neighbours[k];
                    if (label[u] < 0) {
                        label[u] = count;
                        queue[tail++] = u;
                    }
                }
            }
            counts[count++] = tail;
        }
        int[][] components = new int[count][];
        int[] filled = new int[count];
        for (int c = 0; c < count; c++) {
            components[c] = new int[counts[c]];
        }
        for (int v = 0; v < size; v++) {
            components[label[v]][filled[label[v]]++] = v;
        }
        return components;
    }
}
