package app.parley.render.scene;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * A uniform grid over the world that finds the items near a point or inside a rectangle without looking at all.
 * Cells live in an open-addressing table of primitive keys, so a grid of a million entries costs a few arrays rather
 * than a million boxed map entries.
 */
public final class GridIndex {

    private static final int INITIAL_TABLE = 64;
    private static final int INITIAL_CELL = 4;

    private final double cellSize;
    /** Hash table from cell key to cell number, -1 where empty; its length is a power of two. */
    private int[] table = new int[INITIAL_TABLE];
    private long[] cellKeys = new long[INITIAL_TABLE / 2];
    private int[][] cellIds = new int[INITIAL_TABLE / 2][];
    private int[] cellCounts = new int[INITIAL_TABLE / 2];
    private int cellCount;

    /** An empty index whose cells are squares of {@code cellSize}. */
    public GridIndex(double cellSize) {
        if (!(cellSize > 0)) {
            throw new IllegalArgumentException("Cell size must be positive");
        }
        this.cellSize = cellSize;
        Arrays.fill(table, -1);
    }

    /** The side of a cell. */
    public double cellSize() {
        return cellSize;
    }

    /** Files {@code id} under every cell the rectangle touches. */
    public void add(int id, Bounds box) {
        int x0 = cell(box.x());
        int x1 = cell(box.maxX());
        int y0 = cell(box.y());
        int y1 = cell(box.maxY());
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                addTo(cellOf(key(cx, cy)), id);
            }
        }
    }

    /** Files {@code id} under the cell holding one point. */
    public void addPoint(int id, double x, double y) {
        addTo(cellOf(key(cell(x), cell(y))), id);
    }

    /** Calls {@code found} for each item filed in a cell the rectangle touches; an item may come more than once. */
    public void query(Bounds box, IntConsumer found) {
        anyMatch(box, id -> {
            found.accept(id);
            return false;
        });
    }

    /**
     * Whether an item filed in a cell the rectangle touches passes {@code test}: the items are tested cell by cell,
     * stopping at the first that passes.
     */
    public boolean anyMatch(Bounds box, IntPredicate test) {
        int x0 = cell(box.x());
        int x1 = cell(box.maxX());
        int y0 = cell(box.y());
        int y1 = cell(box.maxY());
        if ((long) (x1 - x0 + 1) * (y1 - y0 + 1) > cellCount) {
            for (int c = 0; c < cellCount; c++) {
                int cx = (int) (cellKeys[c] >> 32);
                int cy = (int) cellKeys[c];
                if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1 && anyIn(c, test)) {
                    return true;
                }
            }
            return false;
        }
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                int c = find(key(cx, cy));
                if (c >= 0 && anyIn(c, test)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anyIn(int c, IntPredicate test) {
        int[] ids = cellIds[c];
        for (int i = 0, n = cellCounts[c]; i < n; i++) {
            if (test.test(ids[i])) {
                return true;
            }
        }
        return false;
    }


    private void addTo(int c, int id) {
        int count = cellCounts[c];
        int[] ids = cellIds[c];
        if (count > 0 && ids[count - 1] == id) {
            return;
        }
        if (count == ids.length) {
            ids = Arrays.copyOf(ids, count * 2);
            cellIds[c] = ids;
        }
        ids[count] = id;
        cellCounts[c] = count + 1;
    }

    /** The number of the cell with this key, created if it is new. */
    private int cellOf(long key) {
        int mask = table.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            int c = table[slot];
            if (c < 0) {
                return create(slot, key);
            }
            if (cellKeys[c] == key) {
                return c;
            }
        }
    }

    /** The number of the cell with this key, or -1. */
    private int find(long key) {
        int mask = table.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            int c = table[slot];
            if (c < 0 || cellKeys[c] == key) {
                return c;
            }
        }
    }

    private int create(int slot, long key) {
        if (cellCount == cellKeys.length) {
            int size = cellCount * 2;
            cellKeys = Arrays.copyOf(cellKeys, size);
            cellIds = Arrays.copyOf(cellIds, size);
            cellCounts = Arrays.copyOf(cellCounts, size);
        }
        int c = cellCount++;
        cellKeys[c] = key;
        cellIds[c] = new int[INITIAL_CELL];
        table[slot] = c;
        if (2 * cellCount > table.length) {
            rehash();
        }
        return c;
    }

    private void rehash() {
        table = new int[table.length * 2];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int c = 0; c < cellCount; c++) {
            int slot = hash(cellKeys[c]) & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = c;
        }
    }

    private static int hash(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }

    private int cell(double coordinate) {
        return (int) Math.floor(coordinate / cellSize);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xFFFFFFFFL);
    }
}
