package app.parley.layout.quality;

import app.parley.layout.PointExtent;
import java.util.Arrays;

/**
 * Finds the points nearest a given point of a drawing with a uniform grid of buckets, searched ring by ring
 * outward until no closer point can remain. Ties of distance go to the lower point number.
 */
final class NearestNeighbours {

    private final double[] x;
    private final double[] y;
    private final double minX;
    private final double minY;
    private final double cell;
    private final int columns;
    private final int rows;
    private final int[] cellStart;
    private final int[] points;

    NearestNeighbours(double[] x, double[] y) {
        this.x = x;
        this.y = y;
        int n = x.length;
        PointExtent extent = PointExtent.of(x, y, n);
        minX = extent.minX();
        minY = extent.minY();
        double side = Math.max(extent.width(), extent.height());
        double wanted = side > 0 ? side / Math.max(1, Math.sqrt(n / 2.0)) : 1;
        cell = wanted > 0 ? wanted : 1;
        columns = (int) Math.min(4096, Math.floor(extent.width() / cell) + 1);
        rows = (int) Math.min(4096, Math.floor(extent.height() / cell) + 1);
        cellStart = new int[columns * rows + 1];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = column(x[i]) + columns * row(y[i]);
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < columns * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        int[] fill = Arrays.copyOf(cellStart, columns * rows);
        points = new int[n];
        for (int i = 0; i < n; i++) {
            points[fill[cellOf[i]]++] = i;
        }
    }

    private int column(double value) {
        return (int) Math.min(columns - 1, Math.max(0, Math.floor((value - minX) / cell)));
    }

    private int row(double value) {
        return (int) Math.min(rows - 1, Math.max(0, Math.floor((value - minY) / cell)));
    }

    /**
     * Writes the {@code k} points nearest point {@code p} (itself excluded) into {@code found}, nearest first; the
     * arrays {@code distances} and {@code found} need room for {@code k} entries.
     */
    void nearest(int p, int k, int[] found, double[] distances) {
        int count = 0;
        int cx = column(x[p]);
        int cy = row(y[p]);
        int limit = Math.max(columns, rows);
        for (int ring = 0; ring <= limit; ring++) {
            if (count == k && ringDistance(p, cx, cy, ring) > distances[k - 1]) {
                break;
            }
            for (int gy = cy - ring; gy <= cy + ring; gy++) {
                if (gy < 0 || gy >= rows) {
                    continue;
                }
                boolean edgeRow = gy == cy - ring || gy == cy + ring;
                for (int gx = cx - ring; gx <= cx + ring; gx += edgeRow ? 1 : 2 * ring) {
                    if (gx >= 0 && gx < columns) {
                        count = scan(p, gx + columns * gy, k, count, found, distances);
                    }
                    if (ring == 0) {
                        break;
                    }
                }
            }
        }
    }

    /** The least distance from point {@code p} to any cell of the ring {@code ring} around its cell. */
    private double ringDistance(int p, int cx, int cy, int ring) {
        if (ring == 0) {
            return 0;
        }
        double left = x[p] - (minX + (cx - ring + 1) * cell);
        double right = minX + (cx + ring) * cell - x[p];
        double below = y[p] - (minY + (cy - ring + 1) * cell);
        double above = minY + (cy + ring) * cell - y[p];
        double least = Math.min(Math.min(left, right), Math.min(below, above));
        return Math.max(0, least) * Math.max(0, least);
    }

    private int scan(int p, int c, int k, int count, int[] found, double[] distances) {
        for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
            int q = points[i];
            if (q == p) {
                continue;
            }
            double dx = x[q] - x[p];
            double dy = y[q] - y[p];
            double d = dx * dx + dy * dy;
            if (count == k && !closer(d, q, distances[k - 1], found[k - 1])) {
                continue;
            }
            int at = count < k ? count++ : k - 1;
            while (at > 0 && closer(d, q, distances[at - 1], found[at - 1])) {
                distances[at] = distances[at - 1];
                found[at] = found[at - 1];
                at--;
            }
            distances[at] = d;
            found[at] = q;
        }
        return count;
    }

    private static boolean closer(double d, int q, double otherDistance, int other) {
        return d < otherDistance || d == otherDistance && q < other;
    }
}
