package app.parley.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Packs the bounding boxes of connected components, tallest first, into a landscape strip, so disconnected parts
 * never overlap: each goes as high as it fits along the skyline of those packed before (small parts fill the
 * space beside a big one), or in plain rows when there are thousands. Components holding a pinned vertex stay where they are; the others are packed
 * below them.
 */
final class ShelfPacking {

    private static final double ASPECT = 16.0 / 9.0;
    /** Above this many components the plain shelves are used; the skyline costs the square of the count. */
    private static final int SKYLINE_LIMIT = 2000;

    private ShelfPacking() {
    }

    /**
     * Moves the free components, given as lists of vertices with box sizes {@code widths, heights}, leaving
     * {@code gap} between them.
     */
    static void pack(int[][] components, boolean[] anchored, double[] x, double[] y, double[] widths,
                     double[] heights, double gap) {
        List<Box> free = new ArrayList<>();
        Box anchors = null;
        for (int c = 0; c < components.length; c++) {
            Box box = Box.around(components[c], x, y, widths, heights, c);
            if (anchored[c]) {
                anchors = anchors == null ? box : anchors.union(box);
            } else {
                free.add(box);
            }
        }
        if (free.isEmpty()) {
            return;
        }
        free.sort(Comparator.comparingDouble((Box b) -> -b.height()).thenComparingInt(Box::component));
        double area = 0;
        double widest = 0;
        for (Box box : free) {
            area += (box.width() + gap) * (box.height() + gap);
            widest = Math.max(widest, box.width());
        }
        double rowWidth = Math.max(widest, Math.sqrt(area * ASPECT));
        double originX = anchors == null ? 0 : anchors.minX();
        double originY = anchors == null ? 0 : anchors.maxY() + gap;
        if (free.size() > SKYLINE_LIMIT) {
            shelves(free, components, x, y, originX, originY, rowWidth, gap);
        } else {
            Skyline skyline = new Skyline(originX, originY, rowWidth + gap);
            for (Box box : free) {
                double[] corner = skyline.place(box.width() + gap, box.height() + gap);
                move(components[box.component()], x, y, corner[0] - box.minX(), corner[1] - box.minY());
            }
        }
    }

    private static void shelves(List<Box> free, int[][] components, double[] x, double[] y, double originX,
                                double originY, double rowWidth, double gap) {
        double cursorX = originX;
        double cursorY = originY;
        double shelfHeight = 0;
        for (Box box : free) {
            if (cursorX > originX && cursorX + box.width() > originX + rowWidth) {
                cursorX = originX;
                cursorY += shelfHeight + gap;
                shelfHeight = 0;
            }
            move(components[box.component()], x, y, cursorX - box.minX(), cursorY - box.minY());
            cursorX += box.width() + gap;
            shelfHeight = Math.max(shelfHeight, box.height());
        }
    }

    private static void move(int[] vertices, double[] x, double[] y, double dx, double dy) {
        for (int v : vertices) {
            x[v] += dx;
            y[v] += dy;
        }
    }

    /**
     * The lower outline of what is packed so far, as segments across the strip; each box goes where its top is
     * highest (lowest y), then furthest left.
     */
    private static final class Skyline {

        private final double left;
        private final double right;
        private final List<double[]> segments = new ArrayList<>();

        Skyline(double left, double top, double width) {
            this.left = left;
            this.right = left + width;
            segments.add(new double[] {left, right, top});
        }

        /** Finds the place for a box of this size, records it, and returns its top-left corner. */
        double[] place(double width, double height) {
            int bestStart = -1;
            double bestX = 0;
            double bestY = Double.POSITIVE_INFINITY;
            for (int i = 0; i < segments.size(); i++) {
                double x = segments.get(i)[0];
                if (x + width > right && x > left) {
                    break;
                }
                double top = Double.NEGATIVE_INFINITY;
                for (int j = i; j < segments.size() && segments.get(j)[0] < x + width; j++) {
                    top = Math.max(top, segments.get(j)[2]);
                }
                if (top < bestY) {
                    bestY = top;
                    bestX = x;
                    bestStart = i;
                }
            }
            raise(bestStart, bestX, bestX + width, bestY + height);
            return new double[] {bestX, bestY};
        }

        private void raise(int start, double from, double to, double level) {
            List<double[]> kept = new ArrayList<>(segments.subList(0, start));
            kept.add(new double[] {from, to, level});
            for (int j = start; j < segments.size(); j++) {
                double[] segment = segments.get(j);
                if (segment[1] > to) {
                    kept.add(new double[] {Math.max(segment[0], to), segment[1], segment[2]});
                }
            }
            segments.clear();
            segments.addAll(kept);
        }
    }

    private record Box(double minX, double minY, double maxX, double maxY, int component) {

        static Box around(int[] vertices, double[] x, double[] y, double[] widths, double[] heights, int component) {
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int v : vertices) {
                minX = Math.min(minX, x[v] - widths[v] / 2);
                maxX = Math.max(maxX, x[v] + widths[v] / 2);
                minY = Math.min(minY, y[v] - heights[v] / 2);
                maxY = Math.max(maxY, y[v] + heights[v] / 2);
            }
            return new Box(minX, minY, maxX, maxY, component);
        }

        Box union(Box other) {
            return new Box(Math.min(minX, other.minX), Math.min(minY, other.minY), Math.max(maxX, other.maxX),
                    Math.max(maxY, other.maxY), component);
        }

        double width() {
            return maxX - minX;
        }

        double height() {
            return maxY - minY;
        }
    }
}
