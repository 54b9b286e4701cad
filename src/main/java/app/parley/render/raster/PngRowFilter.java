package app.parley.render.raster;

import java.util.Arrays;

/**
 * PNG's per-row filtering for 8-bit RGBA or RGB: picks, for each row, the filter whose output has the smallest sum of
 * magnitudes (the heuristic the PNG specification recommends) and writes the filter byte and the filtered row.
 */
final class PngRowFilter {

    private static final int NONE = 0;
    private static final int SUB = 1;
    private static final int UP = 2;
    private static final int AVERAGE = 3;
    private static final int PAETH = 4;

    private PngRowFilter() {
    }

    /** Filters an RGBA row: {@link #filter(int, byte[], int, byte[], int, int, byte[], int)} with 4 bytes a pixel. */
    static void filter(byte[] rows, int at, byte[] above, int aboveAt, int length, byte[] out, int outAt) {
        filter(4, rows, at, above, aboveAt, length, out, outAt);
    }

    /**
     * Filters the {@code length} bytes (pixels of {@code bpp} bytes) of {@code rows} at {@code at}, whose row above is at {@code aboveAt} of
     * {@code above} (all zeros for the first row of the image), into {@code out} at {@code outAt}: one filter byte,
     * then {@code length} filtered bytes. A row equal to the one above goes straight to Up, a one-colour row to Sub.
     */
    static void filter(int bpp, byte[] rows, int at, byte[] above, int aboveAt, int length, byte[] out,
                       int outAt) {
        if (Arrays.equals(rows, at, at + length, above, aboveAt, aboveAt + length)) {
            out[outAt] = UP;
            Arrays.fill(out, outAt + 1, outAt + 1 + length, (byte) 0);
            return;
        }
        long firstPixel = sumNone(rows, at, bpp);
        long sub = sumSub(bpp, rows, at, length);
        if (sub == firstPixel) {
            apply(bpp, SUB, rows, at, above, aboveAt, length, out, outAt);
            return;
        }
        long[] sums = {sumNone(rows, at, length), sub, sumUp(rows, at, above, aboveAt, length),
                sumAverage(bpp, rows, at, above, aboveAt, length), sumPaeth(bpp, rows, at, above, aboveAt, length)};
        int type = NONE;
        for (int candidate = SUB; candidate <= PAETH; candidate++) {
            if (sums[candidate] < sums[type]) {
                type = candidate;
            }
        }
        apply(bpp, type, rows, at, above, aboveAt, length, out, outAt);
    }

    private static void apply(int bpp, int type, byte[] rows, int at, byte[] above, int aboveAt, int length,
                              byte[] out, int outAt) {
        out[outAt] = (byte) type;
        int o = outAt + 1;
        switch (type) {
            case SUB -> {
                System.arraycopy(rows, at, out, o, bpp);
                for (int i = bpp; i < length; i++) {
                    out[o + i] = (byte) (rows[at + i] - rows[at + i - bpp]);
                }
            }
            case UP -> {
                for (int i = 0; i < length; i++) {
                    out[o + i] = (byte) (rows[at + i] - above[aboveAt + i]);
                }
            }
            case AVERAGE -> {
                for (int i = 0; i < bpp; i++) {
                    out[o + i] = (byte) (rows[at + i] - ((above[aboveAt + i] & 0xFF) >>> 1));
                }
                for (int i = bpp; i < length; i++) {
                    out[o + i] = (byte) (rows[at + i]
                            - (((rows[at + i - bpp] & 0xFF) + (above[aboveAt + i] & 0xFF)) >>> 1));
                }
            }
            case PAETH -> {
                for (int i = 0; i < bpp; i++) {
                    out[o + i] = (byte) (rows[at + i] - above[aboveAt + i]);
                }
                for (int i = bpp; i < length; i++) {
                    out[o + i] = (byte) (rows[at + i] - paeth(rows[at + i - bpp] & 0xFF, above[aboveAt + i] & 0xFF,
                            above[aboveAt + i - bpp] & 0xFF));
                }
            }
            default -> System.arraycopy(rows, at, out, o, length);
        }
    }

    private static long sumNone(byte[] rows, int at, int length) {
        long sum = 0;
        for (int i = 0; i < length; i++) {
            sum += Math.abs(rows[at + i]);
        }
        return sum;
    }

    private static long sumSub(int bpp, byte[] rows, int at, int length) {
        long sum = sumNone(rows, at, bpp);
        for (int i = bpp; i < length; i++) {
            sum += Math.abs((byte) (rows[at + i] - rows[at + i - bpp]));
        }
        return sum;
    }

    private static long sumUp(byte[] rows, int at, byte[] above, int aboveAt, int length) {
        long sum = 0;
        for (int i = 0; i < length; i++) {
            sum += Math.abs((byte) (rows[at + i] - above[aboveAt + i]));
        }
        return sum;
    }

    private static long sumAverage(int bpp, byte[] rows, int at, byte[] above, int aboveAt, int length) {
        long sum = 0;
        for (int i = 0; i < bpp; i++) {
            sum += Math.abs((byte) (rows[at + i] - ((above[aboveAt + i] & 0xFF) >>> 1)));
        }
        for (int i = bpp; i < length; i++) {
            sum += Math.abs((byte) (rows[at + i] - (((rows[at + i - bpp] & 0xFF) + (above[aboveAt + i] & 0xFF)) >>> 1)));
        }
        return sum;
    }

    private static long sumPaeth(int bpp, byte[] rows, int at, byte[] above, int aboveAt, int length) {
        long sum = 0;
        for (int i = 0; i < bpp; i++) {
            sum += Math.abs((byte) (rows[at + i] - above[aboveAt + i]));
        }
        for (int i = bpp; i < length; i++) {
            sum += Math.abs((byte) (rows[at + i] - paeth(rows[at + i - bpp] & 0xFF, above[aboveAt + i] & 0xFF,
                    above[aboveAt + i - bpp] & 0xFF)));
        }
        return sum;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }
}
