package app.parley.layout.quality;

import app.parley.layout.SimpleAdjacency;
import java.util.SplittableRandom;

/**
 * Edge crossings, counted on every pair of distinct edges when there are at most {@code budget} pairs and otherwise
 * on {@code budget} pairs drawn with a seed. Two edges cross when their straight segments properly intersect (each
 * has an end strictly on either side of the other's line); edges sharing a vertex never count. The rate is the
 * share of edge pairs without a shared vertex that cross, and the estimate that rate times all such pairs.
 *
 * @param rate     crossings per pair of edges without a shared vertex
 * @param estimate the estimated number of crossings in the whole drawing (exact when every pair was checked)
 * @param exact    whether every pair was checked
 */
public record SampledCrossings(double rate, double estimate, boolean exact) {

    /** Counts or samples the crossings of the distinct edges of {@code graph} drawn at {@code x, y}. */
    static SampledCrossings of(SimpleAdjacency graph, double[] x, double[] y, long budget, long seed) {
        int m = graph.neighbours().length / 2;
        int[] a = new int[m];
        int[] b = new int[m];
        int at = 0;
        for (int v = 0; v < graph.size(); v++) {
            for (int e = graph.rowStart()[v]; e < graph.rowStart()[v + 1]; e++) {
                if (graph.neighbours()[e] > v) {
                    a[at] = v;
                    b[at++] = graph.neighbours()[e];
                }
            }
        }
        long all = (long) m * (m - 1) / 2;
        long disjoint = 0;
        long crossed = 0;
        boolean exact = all <= budget;
        if (exact) {
            for (int i = 0; i < m; i++) {
                for (int j = i + 1; j < m; j++) {
                    if (!sharesVertex(a, b, i, j)) {
                        disjoint++;
                        crossed += cross(x, y, a[i], b[i], a[j], b[j]) ? 1 : 0;
                    }
                }
            }
            return new SampledCrossings(disjoint == 0 ? 0 : crossed / (double) disjoint, crossed, true);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (long drawn = 0; drawn < budget; drawn++) {
            int i = random.nextInt(m);
            int j = random.nextInt(m - 1);
            j += j >= i ? 1 : 0;
            if (!sharesVertex(a, b, i, j)) {
                disjoint++;
                crossed += cross(x, y, a[i], b[i], a[j], b[j]) ? 1 : 0;
            }
        }
        double rate = disjoint == 0 ? 0 : crossed / (double) disjoint;
        double share = disjoint / (double) budget;
        return new SampledCrossings(rate, rate * share * all, false);
    }

    private static boolean sharesVertex(int[] a, int[] b, int i, int j) {
        return a[i] == a[j] || a[i] == b[j] || b[i] == a[j] || b[i] == b[j];
    }

    private static boolean cross(double[] x, double[] y, int p, int q, int r, int s) {
        double d1 = orientation(x, y, p, q, r);
        double d2 = orientation(x, y, p, q, s);
        double d3 = orientation(x, y, r, s, p);
        double d4 = orientation(x, y, r, s, q);
        return d1 * d2 < 0 && d3 * d4 < 0;
    }

    private static double orientation(double[] x, double[] y, int p, int q, int r) {
        return (x[q] - x[p]) * (y[r] - y[p]) - (y[q] - y[p]) * (x[r] - x[p]);
    }
}
