package app.parley.render.raster;

import app.parley.render.scene.Rgba;
import java.util.Arrays;

/**
 * Rasterizes the links of a big graph for the screen straight into pixels: lines and curves of any width with their
 * dash patterns, antialiased, in one colour, on several threads at once. A view close in on a big graph is crossed by
 * hundreds of long dashed links, hundreds of thousands of dashes, which a general shape rasterizer sweeps a subpixel
 * row at a time; here each pixel near a link is visited once and its ink worked out from its distance to the link
 * (across) and from how much of the dash pattern its width covers (along).
 *
 * <p>Curves are cut into straight pieces that stray less than a twentieth of a pixel from them. A pixel is inked by
 * the piece whose stretch its centre faces, so pieces of one curve do not ink the same pixel twice; where links cross,
 * their ink adds up as painting one over the other does. Faded links go to a layer of their own, drawn at the faded
 * opacity under the others. The result is premultiplied ARGB, transparent where no link passes (or composed over an
 * opaque colour given to it); buffers are reused per thread that paints.
 */
public final class LinkRaster extends InkRaster {

    /** Ink of a fully covered pixel. */
    private static final int FULL = 4096;
    /** How far a curve's pieces may stray from it, in pixels. */
    private static final double FLATNESS = 0.05;
    private static final int MAX_PIECES = 4096;
    private static final int PARALLEL_PIECES = 200;
    private static final ThreadLocal<LinkRaster> REUSED = new ThreadLocal<>();

    /**
     * Fields of a piece: its ends, half width, arc length at its start, length of its link, flags, pattern, and the
     * directions of the lines that end it at its start and at its end (across the joint with the next piece of a
     * curve, halfway between the two pieces' directions, so that pieces neither overlap nor leave gaps).
     */
    private static final int X1 = 0;
    private static final int Y1 = 1;
    private static final int X2 = 2;
    private static final int Y2 = 3;
    private static final int HALF = 4;
    private static final int START = 5;
    private static final int LENGTH = 6;
    private static final int FLAGS = 7;
    private static final int PATTERN = 8;
    private static final int START_X = 9;
    private static final int START_Y = 10;
    private static final int END_X = 11;
    private static final int END_Y = 12;
    private static final int FIELDS = 13;
    private static final int FIRST = 1;
    private static final int LAST = 2;
    private static final int FADED = 4;

    private int[] faded = new int[0];
    private double[] pieces = new double[0];
    private int pieceCount;
    private boolean anyFaded;
    private double[][] patterns = new double[0][];
    private double[] periods = new double[0];
    private double[] inversePeriods = new double[0];
    private double[] inkPerPeriod = new double[0];
    private int patternCount;

    private LinkRaster() {
    }

    /** A cleared raster of {@code width} x {@code height} pixels, reusing this thread's buffers. */
    public static LinkRaster of(int width, int height) {
        return reused(REUSED, LinkRaster::new, width, height);
    }

    @Override
    void reset(int newWidth, int newHeight) {
        pieceCount = 0;
        patternCount = 0;
        anyFaded = false;
        super.reset(newWidth, newHeight);
    }

    @Override
    void grown() {
        faded = new int[0];
    }

    /**
     * Adds a straight link between two pixel positions, {@code lineWidth} pixels wide, dashed by {@code dashes}
     * (pixel lengths of dashes and gaps, the pattern starting at the first end; empty for a solid line).
     */
    public void line(double x1, double y1, double x2, double y2, double lineWidth, double[] dashes, boolean fade) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length > 0) {
            double ux = (x2 - x1) / length;
            double uy = (y2 - y1) / length;
            piece(x1, y1, x2, y2, lineWidth / 2, 0, length, FIRST | LAST | (fade ? FADED : 0), pattern(dashes),
                    new double[] {ux, uy, ux, uy});
            anyFaded |= fade;
        }
    }

    /** Adds a quadratic curve through the control point (cx, cy), as {@link #line} adds a line. */
    public void curve(double x1, double y1, double cx, double cy, double x2, double y2, double lineWidth, double[] dashes,
               boolean fade) {
        double bendX = x1 - 2 * cx + x2;
        double bendY = y1 - 2 * cy + y2;
        int count = (int) Math.min(MAX_PIECES, Math.max(1, Math.ceil(Math.sqrt(Math.hypot(bendX, bendY)
                / (4 * FLATNESS)))));
        double[] xs = new double[count + 1];
        double[] ys = new double[count + 1];
        int points = 0;
        for (int i = 0; i <= count; i++) {
            double t = i / (double) count;
            double u = 1 - t;
            double x = u * u * x1 + 2 * u * t * cx + t * t * x2;
            double y = u * u * y1 + 2 * u * t * cy + t * t * y2;
            if (points == 0 || x != xs[points - 1] || y != ys[points - 1]) {
                xs[points] = x;
                ys[points] = y;
                points++;
            }
        }
        if (points < 2) {
            return;
        }
        int pieceTotal = points - 1;
        double[] ux = new double[pieceTotal];
        double[] uy = new double[pieceTotal];
        double[] lengths = new double[pieceTotal];
        double length = 0;
        for (int i = 0; i < pieceTotal; i++) {
            lengths[i] = Math.hypot(xs[i + 1] - xs[i], ys[i + 1] - ys[i]);
            ux[i] = (xs[i + 1] - xs[i]) / lengths[i];
            uy[i] = (ys[i + 1] - ys[i]) / lengths[i];
            length += lengths[i];
        }
        int pattern = pattern(dashes);
        double start = 0;
        double[] joint = {ux[0], uy[0]};
        for (int i = 0; i < pieceTotal; i++) {
            double[] next = i + 1 < pieceTotal ? between(ux[i], uy[i], ux[i + 1], uy[i + 1]) : new double[] {ux[i], uy[i]};
            int flags = (i == 0 ? FIRST : 0) | (i == pieceTotal - 1 ? LAST : 0) | (fade ? FADED : 0);
            piece(xs[i], ys[i], xs[i + 1], ys[i + 1], lineWidth / 2, start, length, flags, pattern,
                    new double[] {joint[0], joint[1], next[0], next[1]});
            start += lengths[i];
            joint = next;
        }
        anyFaded |= fade;
    }

    /** The direction halfway between two directions (the first, if they point opposite ways). */
    private static double[] between(double ax, double ay, double bx, double by) {
        double x = ax + bx;
        double y = ay + by;
        double length = Math.hypot(x, y);
        return length < 1e-9 ? new double[] {ax, ay} : new double[] {x / length, y / length};
    }

    private void piece(double x1, double y1, double x2, double y2, double half, double start, double length,
                       int flags, int pattern, double[] ends) {
        if ((pieceCount + 1) * FIELDS > pieces.length) {
            pieces = Arrays.copyOf(pieces, Math.max(1024 * FIELDS, pieces.length * 2));
        }
        int at = pieceCount++ * FIELDS;
        pieces[at + X1] = x1;
        pieces[at + Y1] = y1;
        pieces[at + X2] = x2;
        pieces[at + Y2] = y2;
        pieces[at + HALF] = half;
        pieces[at + START] = start;
        pieces[at + LENGTH] = length;
        pieces[at + FLAGS] = flags;
        pieces[at + PATTERN] = pattern;
        pieces[at + START_X] = ends[0];
        pieces[at + START_Y] = ends[1];
        pieces[at + END_X] = ends[2];
        pieces[at + END_Y] = ends[3];
    }

    /** The number of a dash pattern (the same for equal patterns), or -1 for a solid line. */
    private int pattern(double[] dashes) {
        if (dashes.length == 0) {
            return -1;
        }
        double[] even = dashes.length % 2 == 0 ? dashes : concat(dashes, dashes);
        for (int p = 0; p < patternCount; p++) {
            if (Arrays.equals(patterns[p], even)) {
                return p;
            }
        }
        double period = 0;
        double inked = 0;
        for (int i = 0; i < even.length; i++) {
            period += even[i];
            inked += i % 2 == 0 ? even[i] : 0;
        }
        if (period <= 0) {
            return -1;
        }
        if (patternCount == patterns.length) {
            patterns = Arrays.copyOf(patterns, patternCount + 4);
            periods = Arrays.copyOf(periods, patternCount + 4);
            inversePeriods = Arrays.copyOf(inversePeriods, patternCount + 4);
            inkPerPeriod = Arrays.copyOf(inkPerPeriod, patternCount + 4);
        }
        patterns[patternCount] = even.clone();
        periods[patternCount] = period;
        inversePeriods[patternCount] = 1 / period;
        inkPerPeriod[patternCount] = inked;
        return patternCount++;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** How much of a link's first {@code s} pixels is inked by its dash pattern. */
    private double inked(int pattern, double s) {
        if (pattern < 0) {
            return s;
        }
        double period = periods[pattern];
        double whole = Math.floor(s * inversePeriods[pattern]);
        double phase = s - whole * period;
        double total = whole * inkPerPeriod[pattern];
        double[] dashes = patterns[pattern];
        for (int i = 0; i < dashes.length; i++) {
            double length = dashes[i];
            if (phase <= length) {
                return i % 2 == 0 ? total + phase : total;
            }
            total += i % 2 == 0 ? length : 0;
            phase -= length;
        }
        return total;
    }

    /**
     * Turns the links into pixels of {@code colour}, faded links at {@code fadedOpacity} under the others; call once,
     * after every link.
     */
    public void inkIn(Rgba colour, double fadedOpacity) {
        inkIn(colour, fadedOpacity, null);
    }

    /**
     * Turns the links into pixels as {@link #inkIn(Rgba, double)} does, composed over {@code under} (an opaque colour)
     * or transparent where there is no ink ({@code under} null).
     */
    public void inkIn(Rgba colour, double fadedOpacity, Rgba under) {
        if (anyFaded) {
            int size = width * height;
            if (faded.length < size) {
                faded = new int[size];
            } else {
                Arrays.fill(faded, 0, size, 0);
            }
        }
        int[] shades = shades(colour, under);
        double fadedShare = fadedOpacity * colour.opacity();
        RasterBands.run(height, pieceCount >= PARALLEL_PIECES, (from, to) -> {
            inkBand(from, to);
            shade(from, to, shades, fadedShare);
        });
        pieceCount = 0;
    }

    private static int[] shades(Rgba colour, Rgba under) {
        int[] shades = new int[FULL + 1];
        for (int level = 0; level <= FULL; level++) {
            shades[level] = Shades.over(colour, (int) Math.round(255.0 * level / FULL * colour.opacity()), under);
        }
        return shades;
    }

    private void shade(int rowFrom, int rowTo, int[] shades, double fadedShare) {
        int[] out = pixels;
        int[] plain = ink;
        int from = rowFrom * width;
        int to = rowTo * width;
        if (!anyFaded) {
            for (int i = from; i < to; i++) {
                out[i] = shades[plain[i]];
            }
            return;
        }
        int[] under = faded;
        int share = (int) Math.round(fadedShare * FULL);
        for (int i = from; i < to; i++) {
            int top = plain[i];
            int below = under[i] * share / FULL;
            out[i] = shades[top + below * (FULL - top) / FULL];
        }
    }

    /** Inks every piece into the rows {@code rowFrom} (inclusive) to {@code rowTo} (exclusive). */
    private void inkBand(int rowFrom, int rowTo) {
        for (int i = 0; i < pieceCount; i++) {
            inkPiece(i * FIELDS, rowFrom, rowTo);
        }
    }

    /**
     * Inks the pixels whose centres lie within half a pixel more than the half width of a piece, across, and between
     * the lines that end it (half a pixel beyond the ends of the link): each by the share of a pixel-wide window across
     * the line, times the share of a pixel-wide window along it that the dash pattern covers.
     */
    private void inkPiece(int at, int rowFrom, int rowTo) {
        double x1 = pieces[at + X1];
        double y1 = pieces[at + Y1];
        double x2 = pieces[at + X2];
        double y2 = pieces[at + Y2];
        double half = pieces[at + HALF];
        double start = pieces[at + START];
        double length = pieces[at + LENGTH];
        int flags = (int) pieces[at + FLAGS];
        int pattern = (int) pieces[at + PATTERN];
        double sx = pieces[at + START_X];
        double sy = pieces[at + START_Y];
        double ex = pieces[at + END_X];
        double ey = pieces[at + END_Y];
        double reach = half + 0.5;
        double slant = Math.max(reach, reach / Math.min(Math.abs(sx * (x2 - x1) + sy * (y2 - y1)),
                Math.abs(ex * (x2 - x1) + ey * (y2 - y1))) * Math.hypot(x2 - x1, y2 - y1));
        double minY = Math.min(y1, y2) - slant - 0.5;
        double maxY = Math.max(y1, y2) + slant + 0.5;
        int rowLow = Math.max(rowFrom, (int) Math.floor(minY));
        int rowHigh = Math.min(rowTo - 1, (int) Math.ceil(maxY));
        if (rowLow > rowHigh) {
            return;
        }
        double dx = x2 - x1;
        double dy = y2 - y1;
        double span = Math.hypot(dx, dy);
        double ux = dx / span;
        double uy = dy / span;
        double nx = -uy;
        double ny = ux;
        double startLow = (flags & FIRST) != 0 ? -0.5 : 0;
        double endHigh = (flags & LAST) != 0 ? 0.5 : 0;
        double endOffset = ex * dx + ey * dy;
        int[] buffer = (flags & FADED) != 0 ? faded : ink;
        for (int row = rowLow; row <= rowHigh; row++) {
            double py = row + 0.5 - y1;
            double[] range = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
            if (!narrow(nx, ny * py, -reach, reach, range) || !narrow(sx, sy * py, startLow, Double.POSITIVE_INFINITY,
                    range) || !narrow(ex, ey * py - endOffset, Double.NEGATIVE_INFINITY, endHigh, range)) {
                continue;
            }
            int colFrom = (int) Math.max(0, Math.ceil(range[0] + x1 - 0.5));
            int colTo = (int) Math.min(width - 1, Math.floor(range[1] + x1 - 0.5));
            if (colFrom > colTo) {
                continue;
            }
            double px = colFrom + 0.5 - x1;
            double normal = nx * px + ny * py;
            double along = ux * px + uy * py;
            double fromStart = sx * px + sy * py;
            double toEnd = ex * px + ey * py - endOffset;
            int base = row * width;
            for (int col = colFrom; col <= colTo; col++, normal += nx, along += ux, fromStart += sx, toEnd += ex) {
                if (fromStart < startLow || toEnd >= endHigh) {
                    continue;
                }
                double distance = Math.abs(normal);
                double crossShare = Math.min(distance + 0.5, half) - Math.max(distance - 0.5, -half);
                if (crossShare <= 0) {
                    continue;
                }
                double s = start + along;
                double windowLow = Math.max(s - 0.5, 0);
                double windowHigh = Math.min(s + 0.5, length);
                if (windowHigh <= windowLow) {
                    continue;
                }
                double alongShare = inked(pattern, windowHigh) - inked(pattern, windowLow);
                int amount = (int) (crossShare * alongShare * FULL);
                if (amount > 0) {
                    int under = buffer[base + col];
                    buffer[base + col] = under + amount * (FULL - under) / FULL;
                }
            }
        }
    }

    /**
     * Narrows {@code range} (of x offsets from the piece's start, on one row) to where {@code slope * x + offset} lies
     * between {@code low} and {@code high}; false when nothing is left.
     */
    private static boolean narrow(double slope, double offset, double low, double high, double[] range) {
        if (Math.abs(slope) < 1e-12) {
            return offset >= low && offset <= high;
        }
        double a = (low - offset) / slope;
        double b = (high - offset) / slope;
        range[0] = Math.max(range[0], Math.min(a, b));
        range[1] = Math.min(range[1], Math.max(a, b));
        return range[0] <= range[1];
    }
}
