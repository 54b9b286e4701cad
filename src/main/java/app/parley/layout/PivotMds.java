package app.parley.layout;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Pivot multidimensional scaling (Brandes and Pich 2006): hop distances from a few pivots spread by max–min, the
 * double-centred squared distances projected on their two main directions. It places a connected graph of any size
 * close to a drawing whose distances follow hop distances, in time linear in the edges times the pivots.
 */
final class PivotMds {

    private static final int POWER_ROUNDS = 200;
    private static final double POWER_TOLERANCE = 1e-10;

    /** The pivots, in the order chosen. */
    final int[] pivots;
    /** Graph distance from pivot {@code p} (by choice order) to vertex {@code v}, at {@code [p][v]}. */
    final double[][] hops;

    private PivotMds(int[] pivots, double[][] hops) {
        this.pivots = pivots;
        this.hops = hops;
    }

    /**
     * Picks {@code count} pivots of the connected graph {@code graph} (the first at random) by max–min distance,
     * distances being shortest paths over edges of the given {@code lengths}.
     */
    static PivotMds pivots(WeightedGraph graph, double[] lengths, int count, SplittableRandom random) {
        int n = graph.size;
        int p = Math.min(count, n);
        int[] pivots = new int[p];
        double[][] hops = new double[p][];
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        ShortestPaths paths = new ShortestPaths(graph, lengths);
        int next = random.nextInt(n);
        for (int i = 0; i < p; i++) {
            pivots[i] = next;
            hops[i] = paths.from(next);
            int far = 0;
            for (int v = 0; v < n; v++) {
                nearest[v] = Math.min(nearest[v], hops[i][v]);
                if (nearest[v] > nearest[far]) {
                    far = v;
                }
            }
            next = far;
        }
        return new PivotMds(pivots, hops);
    }

    /** Writes the two-dimensional embedding, in hop units, into {@code x, y}. */
    void place(double[] x, double[] y) {
        int n = x.length;
        int p = pivots.length;
        double[][] c = new double[p][n];
        double[] columnMean = new double[p];
        double[] rowMean = new double[n];
        double total = 0;
        for (int j = 0; j < p; j++) {
            for (int v = 0; v < n; v++) {
                double d2 = hops[j][v] * hops[j][v];
                c[j][v] = d2;
                columnMean[j] += d2;
                rowMean[v] += d2;
            }
            total += columnMean[j];
            columnMean[j] /= n;
        }
        for (int v = 0; v < n; v++) {
            rowMean[v] /= p;
        }
        total /= (double) n * p;
        for (int j = 0; j < p; j++) {
            for (int v = 0; v < n; v++) {
                c[j][v] = -0.5 * (c[j][v] - rowMean[v] - columnMean[j] + total);
            }
        }
        double[][] gram = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                double s = 0;
                double[] ca = c[a];
                double[] cb = c[b];
                for (int v = 0; v < n; v++) {
                    s += ca[v] * cb[v];
                }
                gram[a][b] = s;
                gram[b][a] = s;
            }
        }
        double[] first = mainDirection(gram, null);
        double[] second = mainDirection(gram, first);
        project(c, first, x);
        project(c, second, y);
        fitScale(x, y);
    }

    /** Scales the drawing so that its distances from the pivots match the graph distances best (least squares). */
    private void fitScale(double[] x, double[] y) {
        double product = 0;
        double squares = 0;
        for (int j = 0; j < pivots.length; j++) {
            int pivot = pivots[j];
            for (int v = 0; v < x.length; v++) {
                double dx = x[v] - x[pivot];
                double dy = y[v] - y[pivot];
                double drawn = Math.sqrt(dx * dx + dy * dy);
                product += drawn * hops[j][v];
                squares += drawn * drawn;
            }
        }
        double scale = squares > 0 ? product / squares : 1;
        for (int v = 0; v < x.length; v++) {
            x[v] *= scale;
            y[v] *= scale;
        }
    }

    /** The unit main eigenvector of the symmetric matrix {@code gram}, orthogonal to {@code other} if given. */
    private static double[] mainDirection(double[][] gram, double[] other) {
        int p = gram.length;
        double[] v = new double[p];
        for (int i = 0; i < p; i++) {
            v[i] = 1 + (i % 7) * 0.1 + (other == null ? 0 : (i % 2 == 0 ? 1 : -1));
        }
        normalise(v, other);
        double[] w = new double[p];
        for (int round = 0; round < POWER_ROUNDS; round++) {
            for (int i = 0; i < p; i++) {
                double s = 0;
                for (int j = 0; j < p; j++) {
                    s += gram[i][j] * v[j];
                }
                w[i] = s;
            }
            if (normalise(w, other) == 0) {
                return v;
            }
            double change = 0;
            for (int i = 0; i < p; i++) {
                change += (w[i] - v[i]) * (w[i] - v[i]);
            }
            System.arraycopy(w, 0, v, 0, p);
            if (change < POWER_TOLERANCE) {
                break;
            }
        }
        return v;
    }

    /** Removes the part along {@code other} (a unit vector, or null) and scales to length 1; returns the length. */
    private static double normalise(double[] v, double[] other) {
        if (other != null) {
            double dot = 0;
            for (int i = 0; i < v.length; i++) {
                dot += v[i] * other[i];
            }
            for (int i = 0; i < v.length; i++) {
                v[i] -= dot * other[i];
            }
        }
        double length = 0;
        for (double value : v) {
            length += value * value;
        }
        length = Math.sqrt(length);
        if (length > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= length;
            }
        }
        return length;
    }

    private static void project(double[][] c, double[] direction, double[] out) {
        Arrays.fill(out, 0);
        for (int j = 0; j < c.length; j++) {
            double weight = direction[j];
            double[] row = c[j];
            for (int v = 0; v < out.length; v++) {
                out[v] += weight * row[v];
            }
        }
    }
}
