package app.parley.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Packs the connected components of a small graph into a frame shaped like a small screen's map, so that the drawing
 * fills it: components holding a pinned vertex, or else the biggest component, stay where they are, and the frame is
 * their extent widened or heightened to {@link ScreenShape#ASPECT}; each other component, biggest first, goes where it
 * lies nearest the frame's centre with none of its boxes within the gap of a box placed before (it may sit in a bay
 * of a bigger one), the frame growing a little whenever it has no such place.
 */
final class FramePacking {

    /** The places tried for a component along each side of the frame. */
    private static final int STEPS = 40;
    /** How much the frame grows, about its centre, when a component has no place in it. */
    private static final double GROWTH = 1.1;

    private final List<double[]> placed = new ArrayList<>();
    private final double gap;
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    private FramePacking(double gap) {
        this.gap = gap;
    }

    /**
     * Moves the free components, given as lists of vertices whose boxes have centres {@code x, y} and sizes
     * {@code widths, heights}, leaving at least {@code gap} between boxes of different components.
     */
    static void pack(int[][] components, boolean[] anchored, double[] x, double[] y, double[] widths,
                     double[] heights, double gap) {
        Integer[] order = new Integer[components.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer c) -> anchored[c] ? 0 : 1)
                .thenComparingInt(c -> -components[c].length).thenComparingInt(c -> c));
        FramePacking packing = new FramePacking(gap);
        boolean anyAnchored = false;
        for (int c : order) {
            if (anchored[c]) {
                anyAnchored = true;
                packing.place(boxes(components[c], x, y, widths, heights));
            }
        }
        int first = 0;
        if (!anyAnchored && order.length > 0) {
            packing.place(boxes(components[order[0]], x, y, widths, heights));
            first = 1;
        }
        packing.widenToAspect();
        for (int i = first; i < order.length; i++) {
            int c = order[i];
            if (!anchored[c]) {
                packing.fit(components[c], x, y, widths, heights);
            }
        }
    }

    /** The boxes of {@code vertices} where they stand, each as its left, top, right and bottom. */
    private static double[][] boxes(int[] vertices, double[] x, double[] y, double[] widths, double[] heights) {
        double[][] boxes = new double[vertices.length][];
        for (int i = 0; i < vertices.length; i++) {
            int v = vertices[i];
            boxes[i] = new double[] {x[v] - widths[v] / 2, y[v] - heights[v] / 2, x[v] + widths[v] / 2,
                y[v] + heights[v] / 2};
        }
        return boxes;
    }

    /** The left, top, right and bottom of all {@code boxes}. */
    private static double[] extent(double[][] boxes) {
        double[] extent = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double[] box : boxes) {
            extent[0] = Math.min(extent[0], box[0]);
            extent[1] = Math.min(extent[1], box[1]);
            extent[2] = Math.max(extent[2], box[2]);
            extent[3] = Math.max(extent[3], box[3]);
        }
        return extent;
    }

    /** Records the boxes of a component where it stands and grows the frame to hold them. */
    private void place(double[][] boxes) {
        placed.addAll(List.of(boxes));
        double[] extent = extent(boxes);
        minX = Math.min(minX, extent[0]);
        minY = Math.min(minY, extent[1]);
        maxX = Math.max(maxX, extent[2]);
        maxY = Math.max(maxY, extent[3]);
    }

    /** Widens or heightens the frame about its centre to the shape of a small screen's map. */
    private void widenToAspect() {
        double width = maxX - minX;
        double height = maxY - minY;
        if (width < ScreenShape.ASPECT * height) {
            double grow = (ScreenShape.ASPECT * height - width) / 2;
            minX -= grow;
            maxX += grow;
        } else {
            double grow = (width / ScreenShape.ASPECT - height) / 2;
            minY -= grow;
            maxY += grow;
        }
    }

    /** Moves a component to the free place nearest the frame's centre, growing the frame until there is one. */
    private void fit(int[] vertices, double[] x, double[] y, double[] widths, double[] heights) {
        double[][] boxes = boxes(vertices, x, y, widths, heights);
        double[] own = extent(boxes);
        double[] shift = null;
        while (shift == null) {
            shift = freePlace(boxes, own);
            if (shift == null) {
                grow(own[2] - own[0], own[3] - own[1]);
            }
        }
        for (int i = 0; i < vertices.length; i++) {
            x[vertices[i]] += shift[0];
            y[vertices[i]] += shift[1];
        }
        place(boxes(vertices, x, y, widths, heights));
    }

    /** Grows the frame about its centre, at least enough to hold a component of the given size. */
    private void grow(double width, double height) {
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        double halfWidth = Math.max((maxX - minX) * GROWTH, width + 2 * gap) / 2;
        double halfHeight = Math.max((maxY - minY) * GROWTH, height + 2 * gap) / 2;
        minX = cx - halfWidth;
        maxX = cx + halfWidth;
        minY = cy - halfHeight;
        maxY = cy + halfHeight;
    }

    /**
     * The shift that puts a component whose boxes span {@code own} inside the frame, clear of every placed box, with
     * its centre nearest the frame's; {@code null} if no place tried is free.
     */
    private double[] freePlace(double[][] boxes, double[] own) {
        double width = own[2] - own[0];
        double height = own[3] - own[1];
        double roomX = maxX - minX - width;
        double roomY = maxY - minY - height;
        if (roomX < 0 || roomY < 0) {
            return null;
        }
        double cx = (minX + maxX) / 2 - width / 2;
        double cy = (minY + maxY) / 2 - height / 2;
        int side = STEPS + 1;
        double[] distance = new double[side * side];
        int[] order = new int[distance.length];
        for (int p = 0; p < distance.length; p++) {
            double left = minX + roomX * (p / side) / STEPS;
            double top = minY + roomY * (p % side) / STEPS;
            distance[p] = (left - cx) * (left - cx) + (top - cy) * (top - cy);
            order[p] = p;
        }
        IndexSort.sort(order, distance, new int[order.length]);
        for (int p : order) {
            double dx = minX + roomX * (p / side) / STEPS - own[0];
            double dy = minY + roomY * (p % side) / STEPS - own[1];
            if (clear(boxes, dx, dy)) {
                return new double[] {dx, dy};
            }
        }
        return null;
    }

    /** Whether the boxes, shifted by {@code dx, dy}, keep the gap from every placed box. */
    private boolean clear(double[][] boxes, double dx, double dy) {
        for (double[] other : placed) {
            for (double[] box : boxes) {
                if (box[0] + dx < other[2] + gap && other[0] < box[2] + dx + gap
                        && box[1] + dy < other[3] + gap && other[1] < box[3] + dy + gap) {
                    return false;
                }
            }
        }
        return true;
    }
}
