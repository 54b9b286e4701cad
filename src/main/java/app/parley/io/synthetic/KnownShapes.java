package app.parley.io.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes graphs whose right drawing is known, the same for the same seed: a random geometric graph (points in the
 * unit square joined when closer than a radius, its largest component kept), a square grid, a triangular mesh and a
 * stochastic block model with planted communities.
 */
public final class KnownShapes {

    /** The grid and mesh patches are squares of this many vertices a side. */
    private static final int PATCH = 8;

    private KnownShapes() {
    }

    /**
     * The largest component of {@code points} random points in the unit square, two joined when closer than
     * {@code radius}; vertices are numbered row band by row band so that groups are patches of the square.
     */
    public static KnownShape randomGeometric(int points, double radius, long seed) {
        if (points < 2 || !(radius > 0)) {
            throw new IllegalArgumentException("A random geometric graph needs two points and a positive radius");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = random.nextDouble();
            y[i] = random.nextDouble();
        }
        int cells = Math.max(1, Math.min((int) Math.floor(1 / radius), (int) Math.sqrt(points)));
        int[] order = bySquare(x, y, cells);
        int[] rank = new int[points];
        for (int i = 0; i < points; i++) {
            rank[order[i]] = i;
        }
        List<int[]> edges = new ArrayList<>();
        int[] cellStart = new int[cells * cells + 1];
        for (int i = 0; i < points; i++) {
            cellStart[cell(x[i], y[i], cells) + 1]++;
        }
        for (int c = 0; c < cells * cells; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        double r2 = radius * radius;
        for (int i = 0; i < points; i++) {
            int cx = Math.min(cells - 1, (int) (x[i] * cells));
            int cy = Math.min(cells - 1, (int) (y[i] * cells));
            for (int gy = Math.max(0, cy - 1); gy <= Math.min(cells - 1, cy + 1); gy++) {
                for (int gx = Math.max(0, cx - 1); gx <= Math.min(cells - 1, cx + 1); gx++) {
                    int c = gx + cells * gy;
                    for (int at = cellStart[c]; at < cellStart[c + 1]; at++) {
                        int j = order[at];
                        double dx = x[j] - x[i];
                        double dy = y[j] - y[i];
                        if (j > i && dx * dx + dy * dy < r2) {
                            edges.add(new int[] {rank[i], rank[j]});
                        }
                    }
                }
            }
        }
        return largestComponent("rgg", points, edges, PATCH * PATCH);
    }

    /** Points ordered by the cell of a {@code cells × cells} grid they fall in, row by row, then by number. */
    private static int[] bySquare(double[] x, double[] y, int cells) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(cell(x[a], y[a], cells), cell(x[b], y[b], cells)));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static int cell(double x, double y, int cells) {
        return Math.min(cells - 1, (int) (x * cells)) + cells * Math.min(cells - 1, (int) (y * cells));
    }

    /** The largest connected component (the first of the largest), renumbered keeping the order. */
    private static KnownShape largestComponent(String name, int n, List<int[]> edges, int groupSize) {
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        for (int[] edge : edges) {
            int a = root(parent, edge[0]);
            int b = root(parent, edge[1]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] size = new int[n];
        for (int v = 0; v < n; v++) {
            size[root(parent, v)]++;
        }
        int best = 0;
        for (int v = 0; v < n; v++) {
            if (size[v] > size[best]) {
                best = v;
            }
        }
        int[] number = new int[n];
        int kept = 0;
        for (int v = 0; v < n; v++) {
            number[v] = root(parent, v) == best ? kept++ : -1;
        }
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        int m = 0;
        for (int[] edge : edges) {
            if (number[edge[0]] >= 0) {
                from[m] = number[edge[0]];
                to[m++] = number[edge[1]];
            }
        }
        return new KnownShape(name, kept, Arrays.copyOf(from, m), Arrays.copyOf(to, m), runs(kept, groupSize),
                false);
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /** A {@code columns × rows} square grid, numbered row by row, grouped in square patches. */
    public static KnownShape grid(int columns, int rows) {
        return lattice("grid", columns, rows, false);
    }

    /** A {@code columns × rows} triangular mesh: the grid with one diagonal in every square. */
    public static KnownShape triangularMesh(int columns, int rows) {
        return lattice("mesh", columns, rows, true);
    }

    private static KnownShape lattice(String name, int columns, int rows, boolean diagonals) {
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("A grid needs at least one row and one column");
        }
        int[] patchOf = new int[columns * rows];
        int[] order = patchOrder(columns, rows, patchOf);
        int[] number = new int[columns * rows];
        for (int i = 0; i < order.length; i++) {
            number[order[i]] = i;
        }
        List<int[]> edges = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int v = c + columns * r;
                if (c + 1 < columns) {
                    edges.add(new int[] {number[v], number[v + 1]});
                }
                if (r + 1 < rows) {
                    edges.add(new int[] {number[v], number[v + columns]});
                }
                if (diagonals && c + 1 < columns && r + 1 < rows) {
                    edges.add(new int[] {number[v], number[v + columns + 1]});
                }
            }
        }
        int[] from = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] to = edges.stream().mapToInt(e -> e[1]).toArray();
        int[] starts = new int[order.length];
        int groups = 0;
        for (int i = 0; i < order.length; i++) {
            if (i == 0 || patchOf[order[i]] != patchOf[order[i - 1]]) {
                starts[groups++] = i;
            }
        }
        return new KnownShape(name, columns * rows, from, to, Arrays.copyOf(starts, groups), false);
    }

    /** The grid positions ordered patch by patch, and the patch of each position in {@code patchOf}. */
    private static int[] patchOrder(int columns, int rows, int[] patchOf) {
        int patchColumns = (columns + PATCH - 1) / PATCH;
        Integer[] order = new Integer[columns * rows];
        for (int v = 0; v < order.length; v++) {
            order[v] = v;
            patchOf[v] = (v % columns) / PATCH + patchColumns * ((v / columns) / PATCH);
        }
        Arrays.sort(order, (a, b) -> Integer.compare(patchOf[a], patchOf[b]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * A stochastic block model: {@code blocks} communities of {@code size} vertices, each pair joined with
     * probability {@code inside} within a community and {@code outside} between two; vertices numbered community by
     * community. Isolated vertices may remain.
     */
    public static KnownShape blockModel(int blocks, int size, double inside, double outside, long seed) {
        if (blocks < 1 || size < 2 || !(inside >= 0 && inside <= 1) || !(outside >= 0 && outside <= 1)) {
            throw new IllegalArgumentException("A block model needs blocks, two vertices a block and probabilities");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int n = blocks * size;
        List<int[]> edges = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            int block = a / size;
            int blockEnd = (block + 1) * size;
            addPairs(edges, a, a + 1, blockEnd, inside, random);
            addPairs(edges, a, blockEnd, n, outside, random);
        }
        int[] starts = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            starts[b] = b * size;
        }
        return new KnownShape("sbm", n, edges.stream().mapToInt(e -> e[0]).toArray(),
                edges.stream().mapToInt(e -> e[1]).toArray(), starts, true);
    }

    /** Joins {@code a} to each of {@code from..end-1} with probability {@code p}, skipping geometrically. */
    private static void addPairs(List<int[]> edges, int a, int from, int end, double p, SplittableRandom random) {
        if (p <= 0) {
            return;
        }
        double log = Math.log1p(-Math.min(p, 1 - 1e-12));
        for (long b = from - 1; ; ) {
            b += 1 + (long) Math.floor(Math.log1p(-random.nextDouble()) / log);
            if (b >= end) {
                return;
            }
            edges.add(new int[] {a, (int) b});
        }
    }

    /** Consecutive runs of {@code size} vertices. */
    private static int[] runs(int n, int size) {
        int[] starts = new int[Math.max(1, (n + size - 1) / size)];
        for (int g = 0; g < starts.length; g++) {
            starts[g] = g * size;
        }
        return starts;
    }
}
