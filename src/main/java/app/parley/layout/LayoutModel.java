package app.parley.layout;

import java.util.Arrays;
import java.util.List;

/** The positions (vertex centres) and pins of a graph's vertices, and the backdrops drawn behind them. */
public final class LayoutModel {

    private final double[] xs;
    private final double[] ys;
    private final boolean[] pins;
    private List<Backdrop> backdrops = List.of();

    /** A model of {@code size} vertices, all at the origin and unpinned. */
    public LayoutModel(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("Size must not be negative");
        }
        xs = new double[size];
        ys = new double[size];
        pins = new boolean[size];
    }

    /** The number of vertices. */
    public int size() {
        return xs.length;
    }

    /** The x of vertex {@code v}'s centre. */
    public double x(int v) {
        return xs[v];
    }

    /** The y of vertex {@code v}'s centre. */
    public double y(int v) {
        return ys[v];
    }

    /** Moves vertex {@code v}'s centre. */
    public void set(int v, double x, double y) {
        xs[v] = x;
        ys[v] = y;
    }

    /** Whether layouts must leave vertex {@code v} where it is. */
    public boolean pinned(int v) {
        return pins[v];
    }

    /** Pins or unpins vertex {@code v}. */
    public void pin(int v, boolean pinned) {
        pins[v] = pinned;
    }

    /** The shapes drawn behind the vertices. */
    public List<Backdrop> backdrops() {
        return backdrops;
    }

    /** Replaces the shapes drawn behind the vertices. */
    public void setBackdrops(List<Backdrop> newBackdrops) {
        backdrops = List.copyOf(newBackdrops);
    }

    /** An independent copy. */
    public LayoutModel copy() {
        LayoutModel copy = new LayoutModel(size());
        System.arraycopy(xs, 0, copy.xs, 0, xs.length);
        System.arraycopy(ys, 0, copy.ys, 0, ys.length);
        System.arraycopy(pins, 0, copy.pins, 0, pins.length);
        copy.backdrops = backdrops;
        return copy;
    }

    /** Copies every position, pin and backdrop of {@code other}, which must have the same size. */
    public void copyFrom(LayoutModel other) {
        if (other.size() != size()) {
            throw new IllegalArgumentException("Models differ in size: " + other.size() + " and " + size());
        }
        System.arraycopy(other.xs, 0, xs, 0, xs.length);
        System.arraycopy(other.ys, 0, ys, 0, ys.length);
        System.arraycopy(other.pins, 0, pins, 0, pins.length);
        backdrops = other.backdrops;
    }

    /** Whether both models place every vertex at exactly the same point. */
    public boolean samePositions(LayoutModel other) {
        return Arrays.equals(xs, other.xs) && Arrays.equals(ys, other.ys);
    }
}
