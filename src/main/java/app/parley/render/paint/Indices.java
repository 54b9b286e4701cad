package app.parley.render.paint;

import java.util.Arrays;

/** A growing list of element numbers without boxing, filled while culling and read while painting. */
final class Indices {

    private int[] values = new int[64];
    private int size;

    /** Appends a number. */
    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** How many numbers were added. */
    int size() {
        return size;
    }

    /** The number at {@code i}. */
    int get(int i) {
        return values[i];
    }
}
