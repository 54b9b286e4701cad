package app.parley.layout;

/**
 * Removes overlaps between vertex boxes: each pass files the boxes in a grid of cells as big as the largest box,
 * checks every box against those in its own and the eight neighbouring cells, and pushes each overlapping pair
 * apart along the axis where the overlap is smaller, until a pass finds none. Boxes count as overlapping when
 * closer than {@code gap}. Pinned boxes do not move; the other box of the pair moves the whole way.
 */
final class BoxSeparation {

    /** Cell keys pack the column above this many rows; both stay exact in a double. */
    private static final double ROWS = 1 << 26;

    private final double[] widths;
    private final double[] heights;
    private final boolean[] pinned;
    private final double gap;
    private final double cellWidth;
    private final double cellHeight;

    /** Separation of boxes of the given sizes, with {@code gap} between them. */
    BoxSeparation(double[] widths, double[] heights, boolean[] pinned, double gap) {
        this.widths = widths;
        this.heights = heights;
        this.pinned = pinned;
        this.gap = gap;
        double widest = 0;
        double tallest = 0;
        for (int v = 0; v < widths.length; v++) {
            widest = Math.max(widest, widths[v]);
            tallest = Math.max(tallest, heights[v]);
        }
        cellWidth = widest + gap + 1;
        cellHeight = tallest + gap + 1;
    }

    /**
     * Moves the centres {@code x, y} for at most {@code passes} passes.
     *
     * @return the number of overlaps the last pass found, 0 when every pair of movable boxes is apart
     */
    int separate(double[] x, double[] y, int passes) {
        int n = x.length;
        double[] keys = new double[n];
        int[] order = new int[n];
        int[] scratch = new int[n];
        int found = 0;
        for (int pass = 0; pass < passes; pass++) {
            fileInCells(x, y, keys, order, scratch);
            found = sweep(x, y, keys, order);
            if (found == 0) {
                break;
            }
        }
        return found;
    }

    /** Gives every box the key of its cell and sorts the boxes by key, so each column of cells is one run. */
    private void fileInCells(double[] x, double[] y, double[] keys, int[] order, int[] scratch) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        for (int v = 0; v < x.length; v++) {
            minX = Math.min(minX, x[v]);
            minY = Math.min(minY, y[v]);
        }
        for (int v = 0; v < x.length; v++) {
            double column = Math.min(Math.floor((x[v] - minX) / cellWidth), ROWS - 2);
            double row = Math.min(Math.floor((y[v] - minY) / cellHeight), ROWS - 2);
            keys[v] = (column + 1) * ROWS + row + 1;
            order[v] = v;
        }
        IndexSort.sort(order, keys, scratch);
    }

    /**
     * Checks each box against the boxes after it in cell order that lie in a neighbouring cell: the rest of its own
     * column and the next column (earlier boxes checked it already). Keys rise along the order, so where each of
     * the two columns starts only moves forward.
     */
    private int sweep(double[] x, double[] y, double[] keys, int[] order) {
        int found = 0;
        int[] starts = new int[2];
        for (int a = 0; a < order.length; a++) {
            int i = order[a];
            for (int column = 0; column <= 1; column++) {
                double low = keys[i] + column * ROWS - 1;
                double high = keys[i] + column * ROWS + 1;
                int at = Math.max(starts[column], a + 1);
                while (at < order.length && keys[order[at]] < low) {
                    at++;
                }
                starts[column] = at;
                for (; at < order.length && keys[order[at]] <= high; at++) {
                    if (push(x, y, i, order[at])) {
                        found++;
                    }
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
