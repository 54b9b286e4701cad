package app.parley.render.raster;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A frame of premultiplied ARGB pixels composed from images of pixels laid over one another, each moved and scaled
 * without smoothing, and from filled rectangles, in pure Java and as the JavaFX renderer draws them (the same pixel
 * picked, edges covered in part blended): so that a moving view drawn from kept frames reaches the screen as one image
 * drawn pixel for pixel. Notes the rectangle of pixels touched since it was last {@linkplain #clean() cleaned}.
 */
public final class PixelLayers {

    /** Whether frames are composed in two halves at once. */
    private static final boolean PARALLEL = Runtime.getRuntime().availableProcessors() > 1;
    /** The fewest pixels a fill or an image covers for it to be drawn in two halves at once. */
    private static final long PARALLEL_FROM_PIXELS = 100_000;
    /** Composes the lower halves, on a thread of its own that ends when idle. */
    private static final ExecutorService HELPER = new ThreadPoolExecutor(0, 1, 2, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "parley-compose");
                thread.setDaemon(true);
                return thread;
            });

    private final int width;
    private final int height;
    private final int[] argb;
    private int[] columns = new int[0];
    private int left;
    private int top;
    private int right;
    private int bottom;

    /** A frame of {@code width} x {@code height} pixels, all zero. */
    public PixelLayers(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A frame needs a positive size");
        }
        this.width = width;
        this.height = height;
        this.argb = new int[width * height];
        clean();
    }

    /** The frame's pixels, row by row; the array itself, shared. */
    public int[] argb() {
        return argb;
    }

    /** The frame's width in pixels. */
    public int width() {
        return width;
    }

    /** The frame's height in pixels. */
    public int height() {
        return height;
    }

    /** Forgets which pixels were set. */
    public void clean() {
        left = width;
        top = height;
        right = 0;
        bottom = 0;
    }

    /** Whether no pixel was set since the frame was last cleaned. */
    public boolean isClean() {
        return right <= left || bottom <= top;
    }

    /** The left edge of the pixels set since the frame was cleaned. */
    public int setLeft() {
        return left;
    }

    /** The top edge of the pixels set since the frame was cleaned. */
    public int setTop() {
        return top;
    }

    /** The width of the pixels set since the frame was cleaned; 0 when none was. */
    public int setWidth() {
        return Math.max(0, right - left);
    }

    /** The height of the pixels set since the frame was cleaned; 0 when none was. */
    public int setHeight() {
        return Math.max(0, bottom - top);
    }

    /**
     * Fills the rectangle at ({@code x}, {@code y}) of {@code w} x {@code h} with {@code pixel} (premultiplied), as a
     * renderer fills it with antialiased edges: a pixel it covers in part takes the colour in that share over what it
     * showed.
     */
    public void fill(double x, double y, double w, double h, int pixel) {
        int x0 = firstTouched(x, width);
        int x1 = lastTouched(x + w, width);
        int y0 = firstTouched(y, height);
        int y1 = lastTouched(y + h, height);
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        int inside0 = Math.max(x0, Math.min(x1, (int) Math.ceil(x)));
        int inside1 = Math.max(inside0, Math.min(x1, (int) Math.floor(x + w)));
        inBands(y0, y1, (from, to) -> {
            for (int row = from; row < to; row++) {
                double rowShare = share(row, y, y + h);
                int target = row * width;
                if (rowShare >= 1 && pixel >>> 24 == 255) {
                    Arrays.fill(argb, target + inside0, target + inside1, pixel);
                } else {
                    for (int column = inside0; column < inside1; column++) {
                        argb[target + column] = over(times(pixel, rowShare), argb[target + column]);
                    }
                }
                for (int column = x0; column < inside0; column++) {
                    argb[target + column] = over(times(pixel, rowShare * share(column, x, x + w)),
                            argb[target + column]);
                }
                for (int column = inside1; column < x1; column++) {
                    argb[target + column] = over(times(pixel, rowShare * share(column, x, x + w)),
                            argb[target + column]);
                }
            }
        });
        mark(x0, y0, x1, y1);
    }

    /**
     * Draws an image of {@code imageWidth} x {@code imageHeight} premultiplied pixels ({@code pixels}, row by row)
     * over the rectangle at ({@code x}, {@code y}) of {@code w} x {@code h} frame pixels, as the JavaFX renderer draws
     * an image without smoothing: a pixel takes the image pixel under its top left corner (the nearest inside at the
     * edges), laid over the pixel under it, in the share of it the rectangle covers.
     */
    public void draw(int[] pixels, int imageWidth, int imageHeight, double x, double y, double w, double h) {
        int x0 = firstTouched(x, width);
        int x1 = lastTouched(x + w, width);
        int y0 = firstTouched(y, height);
        int y1 = lastTouched(y + h, height);
        if (x1 <= x0 || y1 <= y0 || imageWidth <= 0 || imageHeight <= 0) {
            return;
        }
        double perColumn = imageWidth / w;
        double perRow = imageHeight / h;
        if (columns.length < width) {
            columns = new int[width];
        }
        int[] sources = columns;
        for (int column = x0; column < x1; column++) {
            sources[column] = source(column, x, perColumn, imageWidth);
        }
        int inside0 = Math.max(x0, Math.min(x1, (int) Math.ceil(x)));
        int inside1 = Math.max(inside0, Math.min(x1, (int) Math.floor(x + w)));
        inBands(y0, y1, (from, to) -> {
            for (int row = from; row < to; row++) {
                int source = source(row, y, perRow, imageHeight) * imageWidth;
                int target = row * width;
                double rowShare = share(row, y, y + h);
                if (rowShare >= 1) {
                    for (int column = inside0; column < inside1; column++) {
                        int pixel = pixels[source + sources[column]];
                        argb[target + column] = pixel >>> 24 == 255 ? pixel : over(pixel, argb[target + column]);
                    }
                    edges(pixels, source, target, x0, inside0, 1, x, w);
                    edges(pixels, source, target, inside1, x1, 1, x, w);
                } else {
                    edges(pixels, source, target, x0, x1, rowShare, x, w);
                }
            }
        });
        mark(x0, y0, x1, y1);
    }

    /**
     * Lays an image of {@code imageWidth} x {@code imageHeight} premultiplied pixels ({@code pixels}, row by row) over
     * the rectangle at ({@code x}, {@code y}) of {@code w} x {@code h} frame pixels, smoothed (each pixel the bilinear
     * mix of the four image pixels around its centre, nothing outside the image; pixel for pixel when unscaled on
     * whole pixels), in the share {@code alpha} of its strength, only within the columns {@code clipLeft} to
     * {@code clipRight} and rows {@code clipTop} to {@code clipBottom} (ends excluded): for small images such as names,
     * on the calling thread.
     */
    public void blend(int[] pixels, int imageWidth, int imageHeight, double x, double y, double w, double h,
                      double alpha, int clipLeft, int clipTop, int clipRight, int clipBottom) {
        int x0 = Math.max(Math.max(0, clipLeft), firstTouched(x, width));
        int x1 = Math.min(Math.min(width, clipRight), lastTouched(x + w, width));
        int y0 = Math.max(Math.max(0, clipTop), firstTouched(y, height));
        int y1 = Math.min(Math.min(height, clipBottom), lastTouched(y + h, height));
        if (x1 <= x0 || y1 <= y0 || imageWidth <= 0 || imageHeight <= 0 || !(alpha > 0)) {
            return;
        }
        int weight = (int) Math.round(Math.min(1, alpha) * 255);
        boolean whole = w == imageWidth && h == imageHeight && x == Math.rint(x) && y == Math.rint(y);
        double perColumn = imageWidth / w;
        double perRow = imageHeight / h;
        for (int row = y0; row < y1; row++) {
            int target = row * width;
            double v = (row + 0.5 - y) * perRow - 0.5;
            int v0 = (int) Math.floor(v);
            int rowWeight = (int) Math.round((v - v0) * 256);
            for (int column = x0; column < x1; column++) {
                int pixel;
                if (whole) {
                    pixel = pixels[(row - (int) y) * imageWidth + column - (int) x];
                } else {
                    double u = (column + 0.5 - x) * perColumn - 0.5;
                    int u0 = (int) Math.floor(u);
                    int columnWeight = (int) Math.round((u - u0) * 256);
                    int upper = mix(at(pixels, imageWidth, imageHeight, u0, v0),
                            at(pixels, imageWidth, imageHeight, u0 + 1, v0), columnWeight);
                    int lower = mix(at(pixels, imageWidth, imageHeight, u0, v0 + 1),
                            at(pixels, imageWidth, imageHeight, u0 + 1, v0 + 1), columnWeight);
                    pixel = mix(upper, lower, rowWeight);
                }
                if (pixel != 0) {
                    argb[target + column] = over(weight == 255 ? pixel : times(pixel, weight), argb[target + column]);
                }
            }
        }
        mark(x0, y0, x1, y1);
    }

    /** The image pixel at ({@code u}, {@code v}), or none (0) outside the image. */
    private static int at(int[] pixels, int imageWidth, int imageHeight, int u, int v) {
        return u < 0 || v < 0 || u >= imageWidth || v >= imageHeight ? 0 : pixels[v * imageWidth + u];
    }

    /** {@code first} and {@code second} mixed, {@code share} of 256 parts of the second, channel by channel. */
    private static int mix(int first, int second, int share) {
        if (share <= 0 || first == second) {
            return first;
        }
        if (share >= 256) {
            return second;
        }
        int keep = 256 - share;
        int redBlue = ((first & 0xFF00FF) * keep + (second & 0xFF00FF) * share + 0x800080) >>> 8 & 0xFF00FF;
        int alphaGreen = ((first >>> 8 & 0xFF00FF) * keep + (second >>> 8 & 0xFF00FF) * share + 0x800080)
                & 0xFF00FF00;
        return alphaGreen | redBlue;
    }

    /** Rows {@code from} to {@code to} of a frame, worked on together. */
    private interface Band {
        void run(int from, int to);
    }

    /**
     * Runs {@code band} over rows {@code y0} to {@code y1}: in two halves at once, the lower one on a thread of its
     * own, when there are enough pixels to be worth it and more than one processor. When that thread has not started
     * its half by the time the calling thread is done with the upper one (the processor busy elsewhere), the calling
     * thread works it too.
     */
    private void inBands(int y0, int y1, Band band) {
        if (!PARALLEL || (long) (y1 - y0) * width < PARALLEL_FROM_PIXELS) {
            band.run(y0, y1);
            return;
        }
        int middle = (y0 + y1) >>> 1;
        AtomicBoolean taken = new AtomicBoolean();
        Future<?> lower = HELPER.submit(() -> {
            if (taken.compareAndSet(false, true)) {
                band.run(middle, y1);
            }
        });
        band.run(y0, middle);
        if (taken.compareAndSet(false, true)) {
            band.run(middle, y1);
            return;
        }
        boolean interrupted = false;
        while (!lower.isDone()) {
            try {
                lower.get();
            } catch (InterruptedException stopped) {
                interrupted = true;
            } catch (ExecutionException failed) {
                throw new IllegalStateException("Composing a frame's lower half failed", failed.getCause());
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lays the image's pixels over the frame's columns {@code from} to {@code to} of a row, each in its share. */
    private void edges(int[] pixels, int source, int target, int from, int to, double rowShare, double x, double w) {
        for (int column = from; column < to; column++) {
            double covered = rowShare * share(column, x, x + w);
            argb[target + column] = over(times(pixels[source + columns[column]], covered), argb[target + column]);
        }
    }

    /** The image pixel, along one axis, under the corner of frame pixel {@code pixel}, kept inside the image. */
    private static int source(int pixel, double start, double perPixel, int size) {
        return Math.max(0, Math.min(size - 1, (int) Math.floor((pixel - start) * perPixel)));
    }

    /** How much of pixel {@code pixel} (from it to the next) lies between {@code from} and {@code to}, 0 to 1. */
    private static double share(int pixel, double from, double to) {
        return Math.max(0, Math.min(pixel + 1, to) - Math.max(pixel, from));
    }

    /** The first pixel, from 0 to {@code limit}, that reaches beyond {@code edge}. */
    private static int firstTouched(double edge, int limit) {
        return (int) Math.max(0, Math.min(limit, Math.floor(edge)));
    }

    /** One past the last pixel, from 0 to {@code limit}, that starts before {@code edge}. */
    private static int lastTouched(double edge, int limit) {
        return (int) Math.max(0, Math.min(limit, Math.ceil(edge)));
    }

    /** Premultiplied {@code pixel} in the share {@code covered} (0 to 1) of its strength. */
    static int times(int pixel, double covered) {
        if (covered >= 1) {
            return pixel;
        }
        return times(pixel, (int) (covered * 255));
    }

    /** Premultiplied {@code top} laid over {@code under}. */
    static int over(int top, int under) {
        int alpha = top >>> 24;
        if (alpha == 255) {
            return top;
        }
        if (alpha == 0) {
            return under;
        }
        return top + times(under, 255 - alpha);
    }

    /** Every channel of {@code pixel} times {@code weight} / 255, rounded, two channels at a time. */
    private static int times(int pixel, int weight) {
        int redBlue = (pixel & 0xFF00FF) * weight + 0x800080;
        redBlue = (redBlue + (redBlue >>> 8 & 0xFF00FF)) >>> 8 & 0xFF00FF;
        int alphaGreen = (pixel >>> 8 & 0xFF00FF) * weight + 0x800080;
        alphaGreen = alphaGreen + (alphaGreen >>> 8 & 0xFF00FF) & 0xFF00FF00;
        return alphaGreen | redBlue;
    }

    private void mark(int x0, int y0, int x1, int y1) {
        left = Math.min(left, x0);
        top = Math.min(top, y0);
        right = Math.max(right, x1);
        bottom = Math.max(bottom, y1);
    }
}
