package app.parley.layout;

/**
 * Tells long graphs from small worlds. A graph whose diameter is long for its size (a mesh, a road map, a random
 * geometric graph) has a shape in the plane that distances recover; one whose diameter grows like the logarithm of
 * its size (social networks, communities joined by hubs) shows its structure better through forces.
 */
final class GraphShape {

    /** A graph is long when its estimated diameter is at least this many times {@code log2} of its size. */
    static final double LONG = 2.5;
    /**
     * A graph's degrees are even when their coefficient of variation is at most this: about a third in a block
     * model, one or more where hubs gather most links (social and news networks).
     */
    static final double EVEN_DEGREES = 0.5;

    private GraphShape() {
    }

    /** Whether the connected graph {@code graph} is long, by a double sweep of breadth-first searches. */
    static boolean isLong(WeightedGraph graph) {
        int n = graph.size;
        if (n < 2) {
            return false;
        }
        int[] queue = new int[n];
        int[] hops = new int[n];
        int far = farthest(graph, 0, hops, queue);
        farthest(graph, far, hops, queue);
        return hops[queue[n - 1]] >= LONG * Math.log(n) / Math.log(2);
    }

    /** Whether the degrees of {@code graph} vary little: no hubs, so communities are told apart by density alone. */
    static boolean hasEvenDegrees(WeightedGraph graph) {
        int n = graph.size;
        if (n == 0) {
            return true;
        }
        double sum = 0;
        double squares = 0;
        for (int v = 0; v < n; v++) {
            double degree = graph.degree(v);
            sum += degree;
            squares += degree * degree;
        }
        double mean = sum / n;
        double variance = Math.max(0, squares / n - mean * mean);
        return mean > 0 && Math.sqrt(variance) <= EVEN_DEGREES * mean;
    }

    /** Fills {@code hops} from {@code source}; returns the last vertex reached, one of the farthest. */
    private static int farthest(WeightedGraph graph, int source, int[] hops, int[] queue) {
        int reached = SimpleAdjacency.hops(graph.rowStart, graph.neighbours, source, hops, queue);
        return queue[reached - 1];
    }
}
