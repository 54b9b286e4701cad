package app.parley.render.raster;

import app.parley.render.scene.Bounds;
import app.parley.render.scene.LineCut;
import app.parley.render.scene.Rgba;
import java.util.Arrays;
import java.util.Objects;

/**
 * Rasterizes a far-away sketch straight into pixels: links as antialiased one-pixel lines (Wu's algorithm) whose ink
 * adds up where they cross, so dense parts read darker, then cards as filled boxes on top. Tens of thousands of lines
 * take a few milliseconds, where a shape rasterizer needs a hundred times longer. The result is premultiplied ARGB,
 * transparent where nothing was drawn, or composed over an opaque colour given to it. Lines are inked in horizontal bands on several threads; buffers are reused per
 * thread that paints.
 */
public final class SketchRaster extends InkRaster {

    /** Ink of one fully covered pixel of a line of weight 1. */
    private static final int FULL = 256;
    /** How quickly ink turns opaque: the opacity of {@code n} full lines is {@code 1 - exp(-DENSITY n)}. */
    private static final double DENSITY = 0.35;
    private static final int LEVELS = 4096;
    private static final ThreadLocal<SketchRaster> REUSED = new ThreadLocal<>();
    private static final int LINE_FIELDS = 5;
    /** Lines are inked in horizontal bands on several threads from this many lines on. */
    private static final int PARALLEL_LINES = 2_000;

    private double[] lines = new double[0];
    private int lineCount;
    private final int[] opacity = new int[LEVELS];
    private final int[] shades = new int[LEVELS];
    private Rgba shaded;
    private Rgba shadedOver;

    private SketchRaster() {
        for (int level = 0; level < LEVELS; level++) {
            opacity[level] = (int) Math.round(255 * (1 - Math.exp(-DENSITY * level * 4.0 / FULL)));
        }
    }

    /** A cleared raster of {@code width} x {@code height} pixels, reusing this thread's buffers. */
    public static SketchRaster of(int width, int height) {
        return reused(REUSED, SketchRaster::new, width, height);
    }

    @Override
    void reset(int newWidth, int newHeight) {
        lineCount = 0;
        super.reset(newWidth, newHeight);
    }

    /** Adds the ink of a line between two pixel positions; {@code weight} 1 for a plain line. */
    public void line(double x1, double y1, double x2, double y2, double weight) {
        if ((lineCount + 1) * LINE_FIELDS > lines.length) {
            lines = Arrays.copyOf(lines, Math.max(1024 * LINE_FIELDS, lines.length * 2));
        }
        int at = lineCount++ * LINE_FIELDS;
        lines[at] = x1;
        lines[at + 1] = y1;
        lines[at + 2] = x2;
        lines[at + 3] = y2;
        lines[at + 4] = weight;
    }

    /**
     * Inks the lines into the rows {@code rowFrom} (inclusive) to {@code rowTo} (exclusive). Each line is walked from
     * its own end points in double precision, whichever part of it a band or tile covers, so the pixels of a line cut
     * at the edge of a tile match those of the line drawn whole.
     */
    private void inkBand(int rowFrom, int rowTo) {
        Bounds reach = new Bounds(-1, rowFrom - 1, width + 1, rowTo - rowFrom + 1);
        for (int i = 0; i < lineCount; i++) {
            int at = i * LINE_FIELDS;
            double x1 = lines[at];
            double y1 = lines[at + 1];
            double x2 = lines[at + 2];
            double y2 = lines[at + 3];
            double[] cut = LineCut.within(x1, y1, x2, y2, reach, NO_DASHES);
            if (cut == null) {
                continue;
            }
            int strength = (int) Math.round(FULL * lines[at + 4]);
            if (Math.abs(x2 - x1) >= Math.abs(y2 - y1)) {
                sweepAlongX(x1, y1, x2, y2, Math.min(cut[0], cut[2]), Math.max(cut[0], cut[2]), strength, rowFrom,
                        rowTo);
            } else {
                sweepAlongY(x1, y1, x2, y2, Math.min(cut[1], cut[3]), Math.max(cut[1], cut[3]), strength, rowFrom,
                        rowTo);
            }
        }
    }

    private static final double[] NO_DASHES = {};
    /** Keeps coordinates positive before truncating, so truncation rounds down; pixels never lie further out. */
    private static final int FLOOR_BIAS = 4;

    /**
     * Walks a mostly horizontal line over the columns from {@code low} to {@code high}, sharing each column's ink
     * between the two nearest rows (kept within the band).
     */
    private void sweepAlongX(double x1, double y1, double x2, double y2, double low, double high, int strength,
                             int rowFrom, int rowTo) {
        int from = Math.max(0, (int) Math.round(low));
        int to = Math.min(width - 1, (int) Math.round(high));
        double slope = x2 == x1 ? 0 : (y2 - y1) / (x2 - x1);
        int[] buffer = ink;
        double y = y1 + (from - x1) * slope;
        for (int x = from; x <= to; x++, y += slope) {
            int row = (int) (y + FLOOR_BIAS) - FLOOR_BIAS;
            int share = (int) ((y - row) * strength);
            if (row >= rowFrom && row < rowTo) {
                buffer[row * width + x] += strength - share;
            }
            if (row + 1 >= rowFrom && row + 1 < rowTo) {
                buffer[(row + 1) * width + x] += share;
            }
        }
    }

    /** Walks a mostly vertical line over the rows of the band, sharing each row's ink between two columns. */
    private void sweepAlongY(double x1, double y1, double x2, double y2, double low, double high, int strength,
                             int rowFrom, int rowTo) {
        int from = Math.max(rowFrom, (int) Math.round(low));
        int to = Math.min(rowTo - 1, (int) Math.round(high));
        double slope = y2 == y1 ? 0 : (x2 - x1) / (y2 - y1);
        int[] buffer = ink;
        int last = width - 1;
        double x = x1 + (from - y1) * slope;
        for (int y = from; y <= to; y++, x += slope) {
            int column = (int) (x + FLOOR_BIAS) - FLOOR_BIAS;
            int share = (int) ((x - column) * strength);
            int at = y * width + column;
            if (column >= 0 && column <= last) {
                buffer[at] += strength - share;
            }
            if (column + 1 >= 0 && column + 1 <= last) {
                buffer[at + 1] += share;
            }
        }
    }

    /**
     * Turns the ink into pixels of {@code colour}, its opacity growing with the ink, composed over {@code under} (an
     * opaque colour) or transparent where there is no ink ({@code under} null); call once, after every line and before
     * any box.
     */
    public void inkIn(Rgba colour, Rgba under) {
        shade(colour, under);
        RasterBands.run(height, lineCount >= PARALLEL_LINES, this::inkAndShade);
        lineCount = 0;
    }

    private void inkAndShade(int rowFrom, int rowTo) {
        inkBand(rowFrom, rowTo);
        int[] buffer = ink;
        int[] out = pixels;
        for (int i = rowFrom * width, end = rowTo * width; i < end; i++) {
            out[i] = shades[Math.min(buffer[i] >> 2, LEVELS - 1)];
        }
    }

    private void shade(Rgba colour, Rgba under) {
        if (!colour.equals(shaded) || !Objects.equals(under, shadedOver)) {
            for (int level = 0; level < LEVELS; level++) {
                shades[level] = Shades.over(colour, opacity[level], under);
            }
            shaded = colour;
            shadedOver = under;
        }
    }

    /** Fills a box (in pixels, clipped to the raster) with {@code colour} at {@code alpha} (0 to 1) over what is there. */
    public void box(double x, double y, double w, double h, Rgba colour, double alpha) {
        int x0 = Math.min(width, Math.max(0, (int) Math.round(x)));
        int y0 = Math.min(height, Math.max(0, (int) Math.round(y)));
        int x1 = Math.max(x0, Math.min(width, (int) Math.round(x + w)));
        int y1 = Math.max(y0, Math.min(height, (int) Math.round(y + h)));
        int a = (int) Math.round(255 * alpha * colour.opacity());
        if (a == 255) {
            int solid = colour.argb();
            for (int row = y0; row < y1; row++) {
                Arrays.fill(pixels, row * width + x0, row * width + x1, solid);
            }
            return;
        }
        int keep = 255 - a;
        int red = colour.red() * a / 255;
        int green = colour.green() * a / 255;
        int blue = colour.blue() * a / 255;
        for (int row = y0; row < y1; row++) {
            int at = row * width;
            for (int col = x0; col < x1; col++) {
                int under = pixels[at + col];
                pixels[at + col] = ((a + ((under >>> 24) * keep) / 255) << 24)
                        | ((red + ((under >> 16 & 0xFF) * keep) / 255) << 16)
                        | ((green + ((under >> 8 & 0xFF) * keep) / 255) << 8)
                        | (blue + ((under & 0xFF) * keep) / 255);
            }
        }
    }
}
