package app.parley.render.raster;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A raster that adds up ink per pixel and then turns it into premultiplied ARGB pixels. Its buffers are kept from one
 * picture to the next, one raster per thread that paints, and grow to the largest size asked for.
 */
public abstract class InkRaster {

    /** The width in pixels. */
    int width;
    /** The height in pixels. */
    int height;
    /** The ink of each pixel, row by row. */
    int[] ink = new int[0];
    /** The pixels, premultiplied ARGB, row by row. */
    int[] pixels = new int[0];

    /**
     * The raster {@code reused} keeps for this thread (made by {@code make} the first time), cleared to {@code width} x
     * {@code height} pixels.
     */
    static <R extends InkRaster> R reused(ThreadLocal<R> reused, Supplier<R> make, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A raster needs a positive size");
        }
        R raster = reused.get();
        if (raster == null) {
            raster = make.get();
            reused.set(raster);
        }
        raster.reset(width, height);
        return raster;
    }

    /** Clears the ink for a picture of {@code newWidth} x {@code newHeight} pixels, growing the buffers if need be. */
    void reset(int newWidth, int newHeight) {
        width = newWidth;
        height = newHeight;
        int size = width * height;
        if (ink.length < size) {
            ink = new int[size];
            pixels = new int[size];
            grown();
        } else {
            Arrays.fill(ink, 0, size, 0);
        }
    }

    /** Called when the buffers have been replaced by larger ones. */
    void grown() {
    }

    /** The width in pixels. */
    public int width() {
        return width;
    }

    /** The height in pixels. */
    public int height() {
        return height;
    }

    /** The pixels, premultiplied ARGB, row by row; longer than {@code width * height} when buffers were reused. */
    public int[] pixels() {
        return pixels;
    }
}
