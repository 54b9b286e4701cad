package app.parley.render.scene;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The curves of a scene too long for its grid (links across a big graph), filed in coarser grids, each cell side
 * twice the one before, each curve in the first whose cells are large enough for its {@value #SAMPLES} samples (so
 * its cells are a sixteenth to a thirty-second of its length): a query then clips only the long curves that pass near
 * it instead of every one. Curves too long even for the coarsest grid stay in a list that every query looks at.
 */
final class LongCurves {

    /** The most samples a long curve is filed under. */
    static final int SAMPLES = 128;
    /** How many coarser grids there are at most: the last one's cells are 4,096 times the scene grid's. */
    private static final int GRIDS = 12;

    private final List<GridIndex> grids = new ArrayList<>();
    private final int[] unfiled;

    /** Files the curves {@code longEdges} of {@code edges}, too long for a grid of cells of {@code cellSize}. */
    LongCurves(List<EdgeShape> edges, int[] longEdges, double cellSize) {
        int[] left = longEdges.clone();
        int count = left.length;
        double cell = cellSize;
        for (int g = 0; g < GRIDS && count > 0; g++) {
            cell *= 2;
            GridIndex grid = new GridIndex(cell);
            int stillLeft = 0;
            for (int i = 0; i < count; i++) {
                if (!Scene.fileEdge(grid, left[i], edges.get(left[i]), SAMPLES)) {
                    left[stillLeft++] = left[i];
                }
            }
            if (stillLeft < count) {
                grids.add(grid);
            }
            count = stillLeft;
        }
        unfiled = Arrays.copyOf(left, count);
    }

    /**
     * Calls {@code found} for every long curve that may meet {@code area} (never leaving out one that does), perhaps
     * more than once.
     */
    void near(Bounds area, IntConsumer found) {
        for (GridIndex grid : grids) {
            grid.query(area.inflate(grid.cellSize() / 4), found);
        }
        for (int e : unfiled) {
            found.accept(e);
        }
    }
}
