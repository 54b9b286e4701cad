package app.parley.layout.quality;

import app.parley.layout.SimpleAdjacency;

/**
 * Edge-length spread: the coefficient of variation (population standard deviation over mean) of the drawn lengths
 * of the distinct edges. 0 means every edge has the same length.
 */
final class EdgeLengthSpread {

    private EdgeLengthSpread() {
    }

    /** The coefficient of variation of edge lengths, or 0 without edges or when all have length 0. */
    static double of(SimpleAdjacency graph, double[] x, double[] y) {
        double sum = 0;
        double squares = 0;
        long count = 0;
        for (int v = 0; v < graph.size(); v++) {
            for (int e = graph.rowStart()[v]; e < graph.rowStart()[v + 1]; e++) {
                int u = graph.neighbours()[e];
                if (u > v) {
                    double dx = x[u] - x[v];
                    double dy = y[u] - y[v];
                    double length = Math.sqrt(dx * dx + dy * dy);
                    sum += length;
                    squares += length * length;
                    count++;
                }
            }
        }
        if (count == 0 || sum == 0) {
            return 0;
        }
        double mean = sum / count;
        double variance = Math.max(0, squares / count - mean * mean);
        return Math.sqrt(variance) / mean;
    }
}
