package app.parley.layout;

import java.util.ArrayList;
import java.util.List;

/** Checks on the boxes a layout placed. */
final class Boxes {

    private Boxes() {
    }

    /** Every pair of vertices whose boxes overlap, as "u-v". */
    static List<String> overlaps(LayoutGraph graph, LayoutModel model) {
        List<String> pairs = new ArrayList<>();
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int v = u + 1; v < graph.vertexCount(); v++) {
                if (Math.abs(model.x(u) - model.x(v)) < (graph.width(u) + graph.width(v)) / 2
                        && Math.abs(model.y(u) - model.y(v)) < (graph.height(u) + graph.height(v)) / 2) {
                    pairs.add(u + "-" + v);
                }
            }
        }
        return pairs;
    }

    /** The bounding box {minX, minY, maxX, maxY} of the boxes of {@code vertices}. */
    static double[] bounds(LayoutGraph graph, LayoutModel model, int... vertices) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (int v : vertices) {
            box[0] = Math.min(box[0], model.x(v) - graph.width(v) / 2);
            box[1] = Math.min(box[1], model.y(v) - graph.height(v) / 2);
            box[2] = Math.max(box[2], model.x(v) + graph.width(v) / 2);
            box[3] = Math.max(box[3], model.y(v) + graph.height(v) / 2);
        }
        return box;
    }

    /** Whether two bounding boxes share any area. */
    static boolean intersect(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
}
