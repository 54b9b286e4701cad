package app.parley.render.paint;

import app.parley.render.scene.EdgeGroup;
import app.parley.render.scene.Stroke;
import java.util.Arrays;

/**
 * The links of a big graph gathered by style (group, highlighted, selected) so that each style is stroked as one path:
 * a rasterizer then sweeps the picture once per style instead of once per link, which is what a view crossed by
 * hundreds of long links costs. Styles are painted plain first, then highlighted, then selected, each with its lines,
 * curves and arrow heads.
 */
final class LinkBatches {

    private static final EdgeGroup[] GROUPS = EdgeGroup.values();

    /** The lines, curves and arrow heads of one style. */
    static final class Batch {

        private final Stroke stroke;
        private final double[] dashes;
        private final Coordinates lines = new Coordinates(4);
        private final Coordinates curves = new Coordinates(6);
        private final Coordinates arrows = new Coordinates(6);

        private Batch(Stroke stroke) {
            this.stroke = stroke;
            this.dashes = stroke.dashes();
        }

        /** The dash pattern of the style. */
        double[] dashes() {
            return dashes;
        }

        /** Adds a line {x1, y1, x2, y2}. */
        void line(double[] line) {
            lines.add(line);
        }

        /** Adds a curve {x1, y1, cx, cy, x2, y2}. */
        void curve(double[] curve) {
            curves.add(curve);
        }

        /** Adds an arrow head, its three corners {x, y, x, y, x, y}. */
        void arrow(double[] corners) {
            arrows.add(corners);
        }

        private void paint(Surface surface) {
            if (lines.count > 0) {
                surface.strokeLines(lines.values, lines.count, stroke);
            }
            if (curves.count > 0) {
                surface.strokeQuadCurves(curves.values, curves.count, stroke);
            }
            if (arrows.count > 0) {
                surface.fillTriangles(arrows.values, arrows.count, stroke.color());
            }
        }
    }

    /** A growing array of coordinates, a fixed number per element. */
    private static final class Coordinates {

        private final int stride;
        private double[] values = new double[0];
        private int count;

        Coordinates(int stride) {
            this.stride = stride;
        }

        void add(double[] element) {
            if ((count + 1) * stride > values.length) {
                values = Arrays.copyOf(values, Math.max(64 * stride, values.length * 2));
            }
            System.arraycopy(element, 0, values, count * stride, stride);
            count++;
        }
    }

    private final ShapePainter shapes;
    private final double growth;
    private final Batch[] batches = new Batch[4 * GROUPS.length];

    /**
     * Batches whose strokes come from {@code shapes}, grown {@code growth} times (see
     * {@link ShapePainter#linkGrowth}).
     */
    LinkBatches(ShapePainter shapes, double growth) {
        this.shapes = shapes;
        this.growth = growth;
    }

    /** The batch of links of {@code group}, highlighted or not, selected or not. */
    Batch of(EdgeGroup group, boolean strong, boolean selected) {
        int slot = ((selected ? 2 : 0) + (strong ? 1 : 0)) * GROUPS.length + group.ordinal();
        if (batches[slot] == null) {
            batches[slot] = new Batch(shapes.linkStroke(group, strong, selected, growth));
        }
        return batches[slot];
    }

    /** Paints every batch: plain styles first, then highlighted, then selected. */
    void paint(Surface surface) {
        for (Batch batch : batches) {
            if (batch != null) {
                batch.paint(surface);
            }
        }
    }
}
