package app.parley.layout;

/** Sorts vertex numbers by a key without boxing: a stable merge sort, so equal keys keep their order. */
final class IndexSort {

    private IndexSort() {
    }

    /** Sorts {@code indices} by {@code keys[index]}, using {@code scratch} (same length) as working space. */
    static void sort(int[] indices, double[] keys, int[] scratch) {
        int n = indices.length;
        int[] from = indices;
        int[] to = scratch;
        for (int width = 1; width < n; width *= 2) {
            for (int low = 0; low < n; low += 2 * width) {
                int middle = Math.min(low + width, n);
                int high = Math.min(low + 2 * width, n);
                merge(from, to, keys, low, middle, high);
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != indices) {
            System.arraycopy(from, 0, indices, 0, n);
        }
    }

    private static void merge(int[] from, int[] to, double[] keys, int low, int middle, int high) {
        int i = low;
        int j = middle;
        for (int k = low; k < high; k++) {
            if (i < middle && (j >= high || keys[from[i]] <= keys[from[j]])) {
                to[k] = from[i++];
            } else {
                to[k] = from[j++];
            }
        }
    }
}
