package app.parley.layout.quality;

import app.parley.layout.SimpleAdjacency;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Normalised stress on a sample of vertex pairs: each pair {@code (s, t)} of a sampled source {@code s} and any
 * other vertex {@code t} of its component, with hop distance {@code d} and drawn distance {@code e}, adds
 * {@code (α·e − d)² / d²}, where the scale {@code α = Σ(e/d) / Σ(e²/d²)} minimises the sum; the sum is divided by
 * the number of pairs. 0 means drawn distances are exactly proportional to hop distances (a path drawn on a line).
 * Graphs with at most {@code sources} vertices use every vertex as a source, so the figure is exact.
 */
final class SampledStress {

    private SampledStress() {
    }

    /** The normalised stress over the sampled pairs, or 0 when there is no connected pair. */
    static double of(SimpleAdjacency graph, double[] x, double[] y, int sources, long seed) {
        int n = graph.size();
        int[] chosen = sample(n, sources, seed);
        int[] hops = new int[n];
        int[] queue = new int[n];
        double ratio = 0;
        double squares = 0;
        long pairs = 0;
        double[][] kept = new double[chosen.length][];
        for (int i = 0; i < chosen.length; i++) {
            int s = chosen[i];
            graph.hops(s, hops, queue);
            double[] row = new double[n];
            int filled = 0;
            for (int t = 0; t < n; t++) {
                if (t != s && hops[t] > 0) {
                    double dx = x[t] - x[s];
                    double dy = y[t] - y[s];
                    double r = Math.sqrt(dx * dx + dy * dy) / hops[t];
                    row[filled++] = r;
                    ratio += r;
                    squares += r * r;
                }
            }
            kept[i] = Arrays.copyOf(row, filled);
            pairs += filled;
        }
        if (pairs == 0) {
            return 0;
        }
        double alpha = squares > 0 ? ratio / squares : 0;
        double sum = 0;
        for (double[] row : kept) {
            for (double r : row) {
                double error = alpha * r - 1;
                sum += error * error;
            }
        }
        return sum / pairs;
    }

    /** {@code count} distinct vertices drawn with {@code seed}, or every vertex when there are no more. */
    private static int[] sample(int n, int count, long seed) {
        int[] order = new int[n];
        for (int v = 0; v < n; v++) {
            order[v] = v;
        }
        if (count >= n) {
            return order;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(n - i);
            int swapped = order[i];
            order[i] = order[j];
            order[j] = swapped;
        }
        return Arrays.copyOf(order, count);
    }
}
