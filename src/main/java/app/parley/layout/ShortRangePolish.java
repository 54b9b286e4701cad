package app.parley.layout;

import java.util.Arrays;

/**
 * The force polish of a drawing whose global shape is already right (after stress majorization):
 * Fruchterman-Reingold springs ({@code w d² / K}) against a repulsion {@code c K³ / d²} cut off beyond a few edge
 * lengths, each vertex moved by the step length along its net force, the step cooling at every step. Cut off, the
 * repulsion only evens out the links and untangles folds, and is found through a grid of cells as wide as the cut-off
 * instead of a tree rebuilt at every step: vertices are sorted by cell, and each looks only into its own cell and the
 * eight around it. Every vertex pushes alike (masses are not used).
 *
 * <p>Forces are computed from the positions filed at the start of a step. Each pair's push is worked out once, stripe
 * by stripe of the grid's rows, each stripe in a fixed order into one of two buffers (even and odd stripes) that are
 * added up at the end, so the result does not depend on the threads.
 */
final class ShortRangePolish {

    /** The repulsion reaches this many edge lengths. */
    static final double REACH = 3;
    /**
     * The repulsion's strength against the springs': with the push of far vertices cut off, a weaker push than
     * Fruchterman and Reingold's leaves fewer crossings (two linked vertices settle 0.9 edge lengths apart).
     */
    static final double REPULSION = 0.65;
    /** The grid has at most this many cells per vertex; a sparser drawing gets wider cells. */
    private static final int CELLS_PER_VERTEX = 2;
    /** The grid's rows are cut into this many stripes (fewer if it has fewer rows), their pushes summed at once. */
    private static final int STRIPES = 8;

    private final WeightedGraph graph;
    private final double[] x;
    private final double[] y;
    private final boolean[] pinned;
    private final double k;
    private final double cooling;
    private final double reach;
    private final ParallelLoop loop;
    /** The vertices sorted by cell, their positions in that order, and where each cell's run starts. */
    private final int[] sorted;
    private final double[] sortedXY;
    /** The pushes summed by even and by odd stripes, in cell order. */
    private final double[] pushEven;
    private final double[] pushOdd;
    private final int[] cellOf;
    /** Where each vertex is in the cell order. */
    private final int[] placeOf;
    private int[] cellStart = new int[0];
    private int columns;
    private int rows;
    private double minX;
    private double minY;
    private double cell;

    /**
     * A polish moving {@code x} and {@code y} in place, except where {@code pinned}, with edge length {@code k},
     * the step shrinking by {@code cooling} at each step.
     */
    ShortRangePolish(WeightedGraph graph, double[] x, double[] y, boolean[] pinned, double k, double cooling,
                     ParallelLoop loop) {
        if (!(cooling > 0 && cooling < 1)) {
            throw new IllegalArgumentException("Cooling must lie between 0 and 1");
        }
        this.graph = graph;
        this.x = x;
        this.y = y;
        this.pinned = pinned;
        this.k = k;
        this.cooling = cooling;
        this.reach = REACH * k;
        this.loop = loop;
        int n = graph.size;
        sorted = new int[n];
        sortedXY = new double[2 * n];
        pushEven = new double[2 * n];
        pushOdd = new double[2 * n];
        cellOf = new int[n];
        placeOf = new int[n];
    }

    /**
     * Runs {@code steps} steps, the first of length {@code step}, until {@code progress} says stop; each step counts
     * as {@code workPerStep}.
     *
     * @return the number of steps taken
     */
    int run(int steps, double step, Progress progress, double workPerStep) {
        double length = step;
        int taken = 0;
        while (taken < steps) {
            step(length);
            taken++;
            length *= cooling;
            if (!progress.advance(workPerStep)) {
                break;
            }
        }
        return taken;
    }

    private void step(double length) {
        int n = graph.size;
        if (n == 0) {
            return;
        }
        fileByCell();
        int stripes = Math.min(STRIPES, rows);
        Arrays.fill(pushEven, 0, 2 * n, 0);
        Arrays.fill(pushOdd, 0, 2 * n, 0);
        loop.runEach(stripes, (from, to) -> {
            for (int stripe = from; stripe < to; stripe++) {
                pushWithin(stripe, stripes);
            }
        });
        loop.run(n, (from, to) -> move(from, to, length));
    }

    /**
     * Sums the pushes between the vertices of the rows of stripe {@code stripe} (of {@code stripes}) and those in
     * reach after them: in the same cell or the next one of the row, or in the three cells below. Each pair is
     * summed once, into both its vertices' slots of the stripe's buffer (even stripes and odd ones have a buffer
     * each); a stripe writes only to its own rows and the first row of the next, so stripes never write the same
     * slots of the same buffer.
     */
    private void pushWithin(int stripe, int stripes) {
        double[] push = stripe % 2 == 0 ? pushEven : pushOdd;
        double[] positions = sortedXY;
        int[] starts = cellStart;
        int[] order = sorted;
        double reachSquared = reach * reach;
        int firstRow = (int) ((long) rows * stripe / stripes);
        int endRow = (int) ((long) rows * (stripe + 1) / stripes);
        for (int row = firstRow; row < endRow; row++) {
            for (int column = 0; column < columns; column++) {
                int cell = row * columns + column;
                int besideEnd = starts[cell + (column + 1 < columns ? 2 : 1)];
                int belowStart = row + 1 < rows ? starts[cell + columns - (column > 0 ? 1 : 0)] : 0;
                int belowEnd = row + 1 < rows ? starts[cell + columns + (column + 1 < columns ? 2 : 1)] : 0;
                for (int p = starts[cell]; p < starts[cell + 1]; p++) {
                    double px = positions[2 * p];
                    double py = positions[2 * p + 1];
                    double sx = 0;
                    double sy = 0;
                    for (int pass = 0; pass < 2; pass++) {
                        int first = pass == 0 ? p + 1 : belowStart;
                        int last = pass == 0 ? besideEnd : belowEnd;
                        for (int q = first; q < last; q++) {
                            double dx = px - positions[2 * q];
                            double dy = py - positions[2 * q + 1];
                            double d2 = dx * dx + dy * dy;
                            if (d2 >= reachSquared) {
                                continue;
                            }
                            double ex;
                            double ey;
                            if (d2 > 0) {
                                double f = 1 / (d2 * Math.sqrt(d2));
                                ex = dx * f;
                                ey = dy * f;
                            } else {
                                ex = order[p] < order[q] ? -1 : 1;
                                ey = 0;
                            }
                            sx += ex;
                            sy += ey;
                            push[2 * q] -= ex;
                            push[2 * q + 1] -= ey;
                        }
                    }
                    push[2 * p] += sx;
                    push[2 * p + 1] += sy;
                }
            }
        }
    }

    /** Sorts the vertices by grid cell (by vertex number within a cell) and copies their positions in that order. */
    private void fileByCell() {
        int n = graph.size;
        double[] xs = x;
        double[] ys = y;
        PointExtent extent = PointExtent.of(xs, ys, n);
        minX = extent.minX();
        minY = extent.minY();
        double width = extent.width();
        double height = extent.height();
        double side = Math.max(reach, Math.sqrt(width * height / ((double) CELLS_PER_VERTEX * n)));
        side = Math.max(side, Math.max(width, height) / ((double) CELLS_PER_VERTEX * n));
        cell = side;
        int across = (int) (width / side) + 1;
        columns = across;
        rows = (int) (height / side) + 1;
        int down = rows;
        int cells = across * down;
        if (cellStart.length < cells + 1) {
            cellStart = new int[cells + 1];
        } else {
            Arrays.fill(cellStart, 0, cells + 1, 0);
        }
        int[] starts = cellStart;
        int[] cellOfVertex = cellOf;
        for (int v = 0; v < n; v++) {
            int column = Math.min(across - 1, (int) ((xs[v] - extent.minX()) / side));
            int row = Math.min(down - 1, (int) ((ys[v] - extent.minY()) / side));
            int c = column + across * row;
            cellOfVertex[v] = c;
            starts[c + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            starts[c + 1] += starts[c];
        }
        int[] next = Arrays.copyOf(starts, cells);
        int[] order = sorted;
        int[] place = placeOf;
        double[] filed = sortedXY;
        for (int v = 0; v < n; v++) {
            int p = next[cellOfVertex[v]]++;
            order[p] = v;
            place[v] = p;
            filed[2 * p] = xs[v];
            filed[2 * p + 1] = ys[v];
        }
    }

    /**
     * Moves the free vertices at places {@code from} to {@code to} (exclusive) of the cell order, each by
     * {@code length} along its net force: the pushes summed, then its springs, all from the positions filed at the
     * start of the step (which moving does not change). The arrays are read into locals once, as the loop runs
     * compiled by the quick compiler only.
     */
    private void move(int from, int to, double length) {
        double[] filed = sortedXY;
        double[] even = pushEven;
        double[] odd = pushOdd;
        int[] order = sorted;
        int[] place = placeOf;
        boolean[] fixed = pinned;
        int[] rowStart = graph.rowStart;
        int[] neighbours = graph.neighbours;
        double[] weights = graph.weights;
        double[] xs = x;
        double[] ys = y;
        double edge = k;
        double scale = REPULSION * edge * edge * edge;
        for (int p = from; p < to; p++) {
            int v = order[p];
            if (fixed[v]) {
                continue;
            }
            double px = filed[2 * p];
            double py = filed[2 * p + 1];
            double sx = (even[2 * p] + odd[2 * p]) * scale;
            double sy = (even[2 * p + 1] + odd[2 * p + 1]) * scale;
            for (int e = rowStart[v], end = rowStart[v + 1]; e < end; e++) {
                int at = 2 * place[neighbours[e]];
                double dx = filed[at] - px;
                double dy = filed[at + 1] - py;
                double f = weights[e] * Math.sqrt(dx * dx + dy * dy) / edge;
                sx += dx * f;
                sy += dy * f;
            }
            double f = Math.sqrt(sx * sx + sy * sy);
            if (f > 0) {
                xs[v] += length * sx / f;
                ys[v] += length * sy / f;
            }
        }
    }
}
