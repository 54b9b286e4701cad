package app.parley.render.raster;

import java.util.Arrays;

/**
 * PNG's per-row filtering for 8-bit RGBA: picks, for each row, the filter whose output has the smallest sum of
 * magnitudes (the heuristic the PNG specification recommends) and writes the filter byte and the filtered row.
 */
final class PngRowFilter {

    private static final int BPP = 4;
    private static final int NONE = 0;
    private static final int SUB = 1;
    private static final int UP = 2;
    private static final int AVERAGE = 3;
    private static final int PAETH = 4;

    private PngRowFilter() {
    }

    /**
     * Filters the {@code length} bytes of {@code rows} at {@code at}, whose row above is at {@code aboveAt} of
     * {@code above} (all zeros for the first row of the image), into {@code out} at {@code outAt}: one filter byte,
     * then {@code length} filtered bytes. A row equal to the one above goes straight to Up, a one-colour row to Sub.
     */
    static void filter(byte[] rows, int at, byte[] above, int aboveAt, int length, byte[] out, int outAt) {
        if (Arrays.equals(rows, at, at + length, above, aboveAt, aboveAt + length)) {
            out[outAt] = UP;
            Arrays.fill(out, outAt + 1, outAt + 1 + length, (byte) 0);
            return;
        }
        long firstPixel = sumNone(rows, at, BPP);
        long sub = sumSub(rows, at, length);
        if (sub == firstPixel) {
            apply(SUB, rows, at, above, aboveAt, length, out, outAt);
            return;
        }
        long[] sums = {sumNone(rows, at, length), sub, sumUp(rows, at, above, aboveAt, length),
                sumAverage(rows, at, above, aboveAt, length), sumPaeth(rows, at, above, aboveAt, length)};
        int type = NONE;
        for (int candidate = SUB; candidate <= PAETH; candidate++) {
            if (sums[candidate] < sums[type]) {
                type = candidate;
            }
        }
        apply(type, rows, at, above, aboveAt, length, out, outAt);
    }

    private static void apply(int type, byte[] rows, int at, byte[] above, int aboveAt, int length, byte[] out,
                              int outAt) {
        out[outAt] = (byte) type;
        int o = outAt + 1;
        switch (type) {
            case SUB -> {
                System.arraycopy(rows, at, out, o, BPP);
                for (int i = BPP; i < length; i++) {
                    out[o + i] = (byte) (rows[at + i] - rows[at + i - BPP]);
                }
            }
            case UP -> {
                for (int i = 0; i < length; i++) {
                    out[o + i] = (byte) (rows[at + i] - above[aboveAt + i]);
                }
            }
            case AVERAGE -> {
                for (int i = 0; i < BPP; i++) {
                    out[o + i] = (byte) (rows[at + i] - ((above[aboveAt + i] & 0xFF) >>> 1));
                }
                for (int i = BPP; i < length; i++) {
                    out[o + i] = (byte) (rows[at + i]
                            - (((rows[at + i - BPP] & 0xFF) + (above[aboveAt + i] & 0xFF)) >>> 1));
                }
            }
            case PAETH -> {
                for (int i = 0; i < BPP; i++) {
                    out[o + i] = (byte) (rows[at + i] - above[aboveAt + i]);
                }
                for (int i = BPP; i < length; i++) {
                    out[o + i] = (byte) (rows[at + i] - paeth(rows[at + i - BPP] & 0xFF, above[aboveAt + i] & 0xFF,
                            above[aboveAt + i - BPP] & 0xFF));
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

    private static long sumSub(byte[] rows, int at, int length) {
        long sum = sumNone(rows, at, BPP);
        for (int i = BPP; i < length; i++) {
            sum += Math.abs((byte) (rows[at + i] - rows[at + i - BPP]));
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

    private static long sumAverage(byte[] rows, int at, byte[] above, int aboveAt, int length) {
        long sum = 0;
        for (int i = 0; i < BPP; i++) {
            sum += Math.abs((byte) (rows[at + i] - ((above[aboveAt + i] & 0xFF) >>> 1)));
        }
        for (int i = BPP; i < length; i++) {
            sum += Math.abs((byte) (rows[at + i] - (((rows[at + i - BPP] & 0xFF) + (above[aboveAt + i] & 0xFF)) >>> 1)));
        }
        return sum;
    }

    private static long sumPaeth(byte[] rows, int at, byte[] above, int aboveAt, int length) {
        long sum = 0;
        for (int i = 0; i < BPP; i++) {
            sum += Math.abs((byte) (rows[at + i] - above[aboveAt + i]));
        }
        for (int i = BPP; i < length; i++) {
            sum += Math.abs((byte) (rows[at + i] - paeth(rows[at + i - BPP] & 0xFF, above[aboveAt + i] & 0xFF,
                    above[aboveAt + i - BPP] & 0xFF)));
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
