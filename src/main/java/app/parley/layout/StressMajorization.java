package app.parley.layout;

/**
 * Polishes the layout of a small connected graph by stress majorization (as neato does): every pair of vertices
 * is drawn toward a distance of {@code K} times the number of edges between them, weighted by the inverse square
 * of that distance. It evens out edge lengths and pulls in the far-flung leaves a force layout leaves behind. The
 * cost grows with the square of the vertex count, so it is meant for graphs of a few hundred vertices.
 */
final class StressMajorization {

    private static final int MAX_ITERATIONS = 300;
    private static final double TOLERANCE = 1e-4;

    private StressMajorization() {
    }

    /** Moves the free vertices of the connected graph {@code graph} from {@code x, y} toward least stress. */
    static void refine(WeightedGraph graph, double[] x, double[] y, boolean[] pinned, double k, Progress progress) {
        int n = graph.size;
        int[] hops = hops(graph);
        double previous = stress(hops, n, x, y, k);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            for (int i = 0; i < n; i++) {
                if (!pinned[i]) {
                    move(hops, n, i, x, y, k);
                }
            }
            double current = stress(hops, n, x, y, k);
            if (!progress.advance(n) || previous - current < TOLERANCE * previous) {
                break;
            }
            previous = current;
        }
    }

    /** Moves vertex {@code i} to the weighted mean of where each other vertex would have it. */
    private static void move(int[] hops, int n, int i, double[] x, double[] y, double k) {
        double sx = 0;
        double sy = 0;
        double total = 0;
        for (int j = 0; j < n; j++) {
            if (j == i) {
                continue;
            }
            double target = k * hops[i * n + j];
            double weight = 1 / (target * target);
            double dx = x[i] - x[j];
            double dy = y[i] - y[j];
            double distance = Math.sqrt(dx * dx + dy * dy);
            if (distance > 0) {
                sx += weight * (x[j] + target * dx / distance);
                sy += weight * (y[j] + target * dy / distance);
            } else {
                sx += weight * (x[j] + (i < j ? -target : target));
                sy += weight * y[j];
            }
            total += weight;
        }
        x[i] = sx / total;
        y[i] = sy / total;
    }

    private static double stress(int[] hops, int n, double[] x, double[] y, double k) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double target = k * hops[i * n + j];
                double dx = x[i] - x[j];
                double dy = y[i] - y[j];
                double error = Math.sqrt(dx * dx + dy * dy) - target;
                sum += error * error / (target * target);
            }
        }
        return sum;
    }

    /** The number of edges on a shortest path between every pair, row by row. */
    private static int[] hops(WeightedGraph graph) {
        int n = graph.size;
        int[] hops = new int[n * n];
        int[] row = new int[n];
        int[] queue = new int[n];
        for (int source = 0; source < n; source++) {
            SimpleAdjacency.hops(graph.rowStart, graph.neighbours, source, row, queue);
            System.arraycopy(row, 0, hops, source * n, n);
        }
        return hops;
    }
}
