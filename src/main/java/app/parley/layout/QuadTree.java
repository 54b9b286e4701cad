package app.parley.layout;

import java.util.Arrays;

/**
 * A Barnes-Hut quadtree over weighted points, rebuilt for every step of a force simulation. Nodes are stored flat
 * in depth-first order with a skip link past each subtree, so a query walks the arrays without a stack. Leaves hold
 * up to a few bodies, summed exactly. Building is sequential and queries only read, so any number of threads may
 * query at once and every query gives the same sum whatever the threads.
 */
final class QuadTree {

    private static final int LEAF_SIZE = 8;
    private static final int MAX_DEPTH = 40;

    private final int[] order;
    private final double[] bodyX;
    private final double[] bodyY;
    private final double[] bodyMass;
    private int nodes;
    private double[] comX;
    private double[] comY;
    private double[] mass;
    private double[] sideSquared;
    private int[] first;
    private int[] last;
    private int[] skip;
    private boolean[] leaf;

    /** A tree for up to {@code capacity} points. */
    QuadTree(int capacity) {
        order = new int[capacity];
        bodyX = new double[capacity];
        bodyY = new double[capacity];
        bodyMass = new double[capacity];
        allocate(Math.max(16, capacity / 2));
    }

    private void allocate(int capacity) {
        comX = new double[capacity];
        comY = new double[capacity];
        mass = new double[capacity];
        sideSquared = new double[capacity];
        first = new int[capacity];
        last = new int[capacity];
        skip = new int[capacity];
        leaf = new boolean[capacity];
    }

    private void grow() {
        int capacity = comX.length * 2;
        comX = Arrays.copyOf(comX, capacity);
        comY = Arrays.copyOf(comY, capacity);
        mass = Arrays.copyOf(mass, capacity);
        sideSquared = Arrays.copyOf(sideSquared, capacity);
        first = Arrays.copyOf(first, capacity);
        last = Arrays.copyOf(last, capacity);
        skip = Arrays.copyOf(skip, capacity);
        leaf = Arrays.copyOf(leaf, capacity);
    }

    /** Rebuilds the tree over the first {@code n} points. */
    void build(double[] x, double[] y, double[] masses, int n) {
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        PointExtent extent = PointExtent.of(x, y, n);
        double side = Math.max(extent.width(), extent.height());
        side = side > 0 ? side * (1 + 1e-9) : 1;
        nodes = 0;
        if (n > 0) {
            buildNode(x, y, masses, 0, n, extent.minX(), extent.minY(), side, 0);
        }
        for (int p = 0; p < n; p++) {
            int v = order[p];
            bodyX[p] = x[v];
            bodyY[p] = y[v];
            bodyMass[p] = masses[v];
        }
    }

    private int buildNode(double[] x, double[] y, double[] masses, int from, int to, double x0, double y0,
                          double side, int depth) {
        if (nodes == comX.length) {
            grow();
        }
        int node = nodes++;
        first[node] = from;
        last[node] = to;
        sideSquared[node] = side * side;
        if (to - from <= LEAF_SIZE || depth >= MAX_DEPTH) {
            leaf[node] = true;
            double m = 0;
            double sx = 0;
            double sy = 0;
            for (int p = from; p < to; p++) {
                int v = order[p];
                m += masses[v];
                sx += masses[v] * x[v];
                sy += masses[v] * y[v];
            }
            setCentre(node, m, sx, sy);
            skip[node] = nodes;
            return node;
        }
        leaf[node] = false;
        double half = side / 2;
        double midX = x0 + half;
        double midY = y0 + half;
        int splitY = partition(y, from, to, midY);
        int[] starts = {from, partition(x, from, splitY, midX), splitY, partition(x, splitY, to, midX), to};
        double m = 0;
        double sx = 0;
        double sy = 0;
        for (int q = 0; q < 4; q++) {
            if (starts[q + 1] > starts[q]) {
                double cx = (q & 1) == 0 ? x0 : midX;
                double cy = q < 2 ? y0 : midY;
                int child = buildNode(x, y, masses, starts[q], starts[q + 1], cx, cy, half, depth + 1);
                m += mass[child];
                sx += mass[child] * comX[child];
                sy += mass[child] * comY[child];
            }
        }
        setCentre(node, m, sx, sy);
        skip[node] = nodes;
        return node;
    }

    private void setCentre(int node, double m, double sx, double sy) {
        mass[node] = m;
        comX[node] = m > 0 ? sx / m : 0;
        comY[node] = m > 0 ? sy / m : 0;
    }

    /** Moves the points of {@code order[from, to)} with {@code coordinate < split} to the front; returns the split. */
    private int partition(double[] coordinate, int from, int to, double split) {
        int i = from;
        int j = to - 1;
        while (i <= j) {
            if (coordinate[order[i]] < split) {
                i++;
            } else {
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
                j--;
            }
        }
        return i;
    }

    /** The vertex at position {@code p} of the tree's depth-first order; walking it in order keeps caches warm. */
    int vertexAt(int p) {
        return order[p];
    }

    /**
     * Sums, for vertex {@code v} at ({@code px}, {@code py}), the mass of every other point over its distance to the
     * power {@code 1 + power} times the vector from it (a push falling off as {@code 1 / d^power}, {@code power} 1
     * or 2), approximating far cells ({@code side < theta * distance}) by their centre. Points exactly on top of
     * {@code v} push along x, away by vertex number.
     */
    void repulsion(int v, double px, double py, double thetaSquared, int power, double[] outX, double[] outY) {
        boolean cubed = power == 2;
        double fx = 0;
        double fy = 0;
        int i = 0;
        while (i < nodes) {
            if (leaf[i]) {
                for (int p = first[i]; p < last[i]; p++) {
                    int u = order[p];
                    if (u == v) {
                        continue;
                    }
                    double dx = px - bodyX[p];
                    double dy = py - bodyY[p];
                    double d2 = dx * dx + dy * dy;
                    if (d2 > 0) {
                        double f = cubed ? bodyMass[p] / (d2 * Math.sqrt(d2)) : bodyMass[p] / d2;
                        fx += dx * f;
                        fy += dy * f;
                    } else {
                        fx += v < u ? -bodyMass[p] : bodyMass[p];
                    }
                }
                i = skip[i];
                continue;
            }
            double dx = px - comX[i];
            double dy = py - comY[i];
            double d2 = dx * dx + dy * dy;
            if (sideSquared[i] < thetaSquared * d2) {
                double f = cubed ? mass[i] / (d2 * Math.sqrt(d2)) : mass[i] / d2;
                fx += dx * f;
                fy += dy * f;
                i = skip[i];
            } else {
                i++;
            }
        }
        outX[v] = fx;
        outY[v] = fy;
    }
}
