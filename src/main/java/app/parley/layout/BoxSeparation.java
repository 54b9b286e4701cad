package app.parley.layout;

/**
 * Removes overlaps between vertex boxes: sweeps the boxes sorted by their left edge and pushes every overlapping
 * pair apart along the axis where the overlap is smaller, until a pass finds none. Boxes count as overlapping when
 * closer than {@code gap}. Pinned boxes do not move; the other box of the pair moves the whole way.
 */
final class BoxSeparation {

    private final double[] widths;
    private final double[] heights;
    private final boolean[] pinned;
    private final double gap;

    /** Separation of boxes of the given sizes, with {@code gap} between them. */
    BoxSeparation(double[] widths, double[] heights, boolean[] pinned, double gap) {
        this.widths = widths;
        this.heights = heights;
        this.pinned = pinned;
        this.gap = gap;
    }

    /**
     * Moves the centres {@code x, y} for at most {@code passes} sweeps.
     *
     * @return the number of overlaps the last sweep found, 0 when every pair of movable boxes is apart
     */
    int separate(double[] x, double[] y, int passes) {
        int n = x.length;
        double[] left = new double[n];
        int[] order = new int[n];
        int[] scratch = new int[n];
        int found = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (int v = 0; v < n; v++) {
                left[v] = x[v] - widths[v] / 2;
                order[v] = v;
            }
            IndexSort.sort(order, left, scratch);
            found = sweep(x, y, order);
            if (found == 0) {
                break;
            }
        }
        return found;
    }

    private int sweep(double[] x, double[] y, int[] order) {
        int found = 0;
        for (int a = 0; a < order.length; a++) {
            int i = order[a];
            double reach = x[i] + widths[i] / 2 + gap;
            for (int b = a + 1; b < order.length; b++) {
                int j = order[b];
                if (x[j] - widths[j] / 2 >= reach) {
                    break;
                }
                if (push(x, y, i, j)) {
                    found++;
                }
            }
        }
        return found;
    }

    /** Pushes boxes {@code i} and {@code j} apart if they overlap; returns whether they did. */
    private boolean push(double[] x, double[] y, int i, int j) {
        if (pinned[i] && pinned[j]) {
            return false;
        }
        double dx = x[j] - x[i];
        double dy = y[j] - y[i];
        double overlapX = (widths[i] + widths[j]) / 2 + gap - Math.abs(dx);
        double overlapY = (heights[i] + heights[j]) / 2 + gap - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) {
            return false;
        }
        double shareI = pinned[i] ? 0 : pinned[j] ? 1 : 0.5;
        double shareJ = 1 - shareI;
        if (overlapX < overlapY) {
            double sign = dx > 0 || dx == 0 && i < j ? 1 : -1;
            x[i] -= sign * overlapX * shareI;
            x[j] += sign * overlapX * shareJ;
        } else {
            double sign = dy > 0 || dy == 0 && i < j ? 1 : -1;
            y[i] -= sign * overlapY * shareI;
            y[j] += sign * overlapY * shareJ;
        }
        return true;
    }
}
