package app.parley.render;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/** A uniform grid over the world that finds the items near a point or inside a rectangle without looking at all. */
public final class GridIndex {

    private final double cellSize;
    private final Map<Long, Cell> cells = new HashMap<>();

    /** The items filed under one cell. */
    private static final class Cell {
        private int[] ids = new int[4];
        private int count;

        void add(int id) {
            if (count > 0 && ids[count - 1] == id) {
                return;
            }
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
            }
            ids[count++] = id;
        }

        void forEach(IntConsumer found) {
            for (int i = 0; i < count; i++) {
                found.accept(ids[i]);
            }
        }
    }

    /** An empty index whose cells are squares of {@code cellSize}. */
    public GridIndex(double cellSize) {
        if (!(cellSize > 0)) {
            throw new IllegalArgumentException("Cell size must be positive");
        }
        this.cellSize = cellSize;
    }

    /** Files {@code id} under every cell the rectangle touches. */
    public void add(int id, Bounds box) {
        int x0 = cell(box.x());
        int x1 = cell(box.maxX());
        int y0 = cell(box.y());
        int y1 = cell(box.maxY());
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                cells.computeIfAbsent(key(cx, cy), k -> new Cell()).add(id);
            }
        }
    }

    /** Files {@code id} under the cell holding one point. */
    public void addPoint(int id, double x, double y) {
        cells.computeIfAbsent(key(cell(x), cell(y)), k -> new Cell()).add(id);
    }

    /** Calls {@code found} for each item filed in a cell the rectangle touches; an item may come more than once. */
    public void query(Bounds box, IntConsumer found) {
        int x0 = cell(box.x());
        int x1 = cell(box.maxX());
        int y0 = cell(box.y());
        int y1 = cell(box.maxY());
        if ((long) (x1 - x0 + 1) * (y1 - y0 + 1) > cells.size()) {
            cells.forEach((key, cell) -> {
                int cx = (int) (key >> 32);
                int cy = (int) (long) key;
                if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) {
                    cell.forEach(found);
                }
            });
            return;
        }
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                Cell cell = cells.get(key(cx, cy));
                if (cell != null) {
                    cell.forEach(found);
                }
            }
        }
    }

    private int cell(double coordinate) {
        return (int) Math.floor(coordinate / cellSize);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xFFFFFFFFL);
    }
}
