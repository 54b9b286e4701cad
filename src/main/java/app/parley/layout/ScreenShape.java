package app.parley.layout;

/**
 * Reshapes the force layout of one small free component for a small screen's map: turns it so that its longest
 * spread runs across, then scales it, more across than down, until the boxes it is given (cards grown by the room
 * their names take) fill about {@link #DENSITY} of a rectangle {@link #SHAPED_ASPECT} times as wide as high. Turning
 * and scaling keep every neighbour where it was relative to the others, so linked actors stay near each other and
 * camps stay together; box separation then pushes the overlapping boxes apart, mostly down (they are much wider than
 * high), which leaves the component nearer {@link #ASPECT} times as wide as high.
 */
final class ScreenShape {

    /**
     * How many times wider than high the drawing of a small graph is made: between the maps of a 1024 × 700 window
     * (about 1.3) and of a 1366 × 768 one (about 1.6).
     */
    static final double ASPECT = 1.45;
    /**
     * How many times wider than high a component is scaled to before its boxes are separated: wider than
     * {@link #ASPECT}, as the separation makes it taller.
     */
    static final double SHAPED_ASPECT = 1.8;
    /**
     * The share of the rectangle the grown boxes, with their gaps, are scaled to fill before they are separated: so
     * much that the separation, not the scale, sets their spacing, which leaves the names' room evenly spread.
     */
    static final double DENSITY = 0.75;
    /** The most a component is stretched more one way than the other. */
    private static final double MOST_STRETCH = 2;
    private static final double FLAT = 1e-9;

    private ScreenShape() {
    }

    /**
     * Turns and scales the centres {@code x, y} of boxes sized {@code widths, heights} (with {@code gap} between
     * them) about their centre.
     */
    static void apply(double[] x, double[] y, double[] widths, double[] heights, double gap) {
        int n = x.length;
        if (n < 2) {
            return;
        }
        turnLongestAcross(x, y);
        PointExtent extent = PointExtent.of(x, y, n);
        double area = 0;
        double meanWidth = 0;
        double meanHeight = 0;
        for (int i = 0; i < n; i++) {
            area += (widths[i] + gap) * (heights[i] + gap);
            meanWidth += (widths[i] + gap) / n;
            meanHeight += (heights[i] + gap) / n;
        }
        double high = Math.sqrt(area / (DENSITY * SHAPED_ASPECT));
        double across = Math.max(SHAPED_ASPECT * high - meanWidth, 0);
        double down = Math.max(high - meanHeight, 0);
        double scaleX = extent.width() > FLAT ? across / extent.width() : 0;
        double scaleY = extent.height() > FLAT ? down / extent.height() : 0;
        if (scaleX <= 0 && scaleY <= 0) {
            return;
        }
        if (scaleX <= 0 || scaleY <= 0) {
            scaleX = Math.max(scaleX, scaleY);
            scaleY = scaleX;
        }
        double mean = Math.sqrt(scaleX * scaleY);
        double ratio = Math.min(Math.max(scaleX / scaleY, 1 / MOST_STRETCH), MOST_STRETCH);
        scaleX = mean * Math.sqrt(ratio);
        scaleY = mean / Math.sqrt(ratio);
        double cx = (extent.minX() + extent.maxX()) / 2;
        double cy = (extent.minY() + extent.maxY()) / 2;
        for (int i = 0; i < n; i++) {
            x[i] = cx + (x[i] - cx) * scaleX;
            y[i] = cy + (y[i] - cy) * scaleY;
        }
    }

    /** Turns the points about their mean so that the axis along which they spread most runs across. */
    private static void turnLongestAcross(double[] x, double[] y) {
        int n = x.length;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            cx += x[i] / n;
            cy += y[i] / n;
        }
        double xx = 0;
        double yy = 0;
        double xy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - cx;
            double dy = y[i] - cy;
            xx += dx * dx;
            yy += dy * dy;
            xy += dx * dy;
        }
        double angle = 0.5 * StrictMath.atan2(2 * xy, xx - yy);
        double cos = StrictMath.cos(angle);
        double sin = StrictMath.sin(angle);
        for (int i = 0; i < n; i++) {
            double dx = x[i] - cx;
            double dy = y[i] - cy;
            x[i] = cx + dx * cos + dy * sin;
            y[i] = cy - dx * sin + dy * cos;
        }
    }
}
