package app.parley.render;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an 8-bit RGBA PNG row by row, compressing as it goes, so an image of any size never sits in memory whole. The
 * header, resolution and text chunks are written at once; {@link #close()} ends the image once every row is in.
 */
public final class PngStreamWriter implements Closeable {

    /** The widest image whose rows still fit a Java array. */
    public static final int MAX_WIDTH = (Integer.MAX_VALUE - 16) / 4;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int BYTES_PER_PIXEL = 4;
    private static final int IDAT_SIZE = 1 << 16;
    private static final int COMPRESSION_LEVEL = 6;

    private static final int NONE = 0;
    private static final int SUB = 1;
    private static final int UP = 2;
    private static final int AVERAGE = 3;
    private static final int PAETH = 4;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final Deflater deflater = new Deflater(COMPRESSION_LEVEL);
    private final CRC32 crc = new CRC32();
    private final byte[] idat = new byte[IDAT_SIZE];
    private int idatLength;
    private byte[] current;
    private byte[] previous;
    private final byte[] filtered;
    private int rowsWritten;
    private boolean closed;

    /**
     * Starts a PNG of {@code width} x {@code height} pixels on {@code out}, writing the signature, header, resolution
     * and text chunks. The stream stays the caller's: {@link #close()} does not close it.
     */
    public PngStreamWriter(OutputStream out, int width, int height, PngOptions options) throws IOException {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("PNG size must be positive, not " + width + " x " + height);
        }
        if (width > MAX_WIDTH) {
            throw new IllegalArgumentException("PNG width " + width + " exceeds the maximum of " + MAX_WIDTH);
        }
        this.out = out;
        this.width = width;
        this.height = height;
        int rowBytes = width * BYTES_PER_PIXEL;
        current = new byte[rowBytes];
        previous = new byte[rowBytes];
        filtered = new byte[rowBytes + 1];
        out.write(SIGNATURE);
        writeHeader();
        writeChunk("sRGB", new byte[] {0});
        writeResolution(options.pixelsPerMetre());
        for (Map.Entry<String, String> entry : options.text().entrySet()) {
            writeText(entry.getKey(), entry.getValue());
        }
    }

    /** The image width in pixels. */
    public int width() {
        return width;
    }

    /** The image height in pixels. */
    public int height() {
        return height;
    }

    /** How many rows have been written so far. */
    public int rowsWritten() {
        return rowsWritten;
    }

    /** Writes the next row: {@link #width()} pixels of non-premultiplied {@code 0xAARRGGBB} from {@code offset}. */
    public void writeRow(int[] argb, int offset) throws IOException {
        if (closed) {
            throw new IllegalStateException("PNG writer is closed");
        }
        if (rowsWritten == height) {
            throw new IllegalStateException("All " + height + " rows of the PNG are already written");
        }
        if (offset < 0 || offset > argb.length - width) {
            throw new IllegalArgumentException("A row needs " + width + " pixels from offset " + offset
                    + " but the array holds " + argb.length);
        }
        toBytes(argb, offset);
        deflate(filter());
        byte[] swap = previous;
        previous = current;
        current = swap;
        rowsWritten++;
    }

    /** Writes {@code rows} rows taken from {@code argb}, the first at {@code offset}, each {@code stride} apart. */
    public void writeRows(int[] argb, int offset, int stride, int rows) throws IOException {
        for (int row = 0; row < rows; row++) {
            writeRow(argb, offset + row * stride);
        }
    }

    /**
     * Ends the compressed data and the image. Fails if rows are missing; the output stream is flushed, not closed.
     * Closing again does nothing.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (rowsWritten != height) {
                throw new IllegalStateException("PNG incomplete: " + rowsWritten + " of " + height + " rows written");
            }
            deflater.finish();
            while (!deflater.finished()) {
                drain();
            }
            if (idatLength > 0) {
                writeChunk("IDAT", idat, idatLength);
            }
            writeChunk("IEND", new byte[0]);
            out.flush();
        } finally {
            deflater.end();
        }
    }

    private void toBytes(int[] argb, int offset) {
        byte[] row = current;
        for (int x = 0, i = 0; x < width; x++, i += BYTES_PER_PIXEL) {
            int pixel = argb[offset + x];
            row[i] = (byte) (pixel >> 16);
            row[i + 1] = (byte) (pixel >> 8);
            row[i + 2] = (byte) pixel;
            row[i + 3] = (byte) (pixel >>> 24);
        }
    }

    /**
     * Chooses the filter whose output has the smallest sum of magnitudes (the usual PNG heuristic) and applies it. A row
     * equal to the one above goes straight to Up, a row of one colour straight to Sub.
     */
    private byte[] filter() {
        byte[] row = current;
        byte[] up = previous;
        if (rowsWritten > 0 && Arrays.equals(row, up)) {
            Arrays.fill(filtered, (byte) 0);
            filtered[0] = UP;
            return filtered;
        }
        long sub = sumSub(row);
        if (sub == sumNone(row, BYTES_PER_PIXEL)) {
            applySub(row);
            return filtered;
        }
        long[] sums = {sumNone(row, row.length), sub, sumUp(row, up), sumAverage(row, up), sumPaeth(row, up)};
        int type = NONE;
        for (int candidate = SUB; candidate <= PAETH; candidate++) {
            if (sums[candidate] < sums[type]) {
                type = candidate;
            }
        }
        switch (type) {
            case SUB -> applySub(row);
            case UP -> applyUp(row, up);
            case AVERAGE -> applyAverage(row, up);
            case PAETH -> applyPaeth(row, up);
            default -> applyNone(row);
        }
        return filtered;
    }

    private static long sumNone(byte[] row, int length) {
        long sum = 0;
        for (int i = 0; i < length; i++) {
            sum += Math.abs(row[i]);
        }
        return sum;
    }

    private static long sumSub(byte[] row) {
        long sum = sumNone(row, BYTES_PER_PIXEL);
        for (int i = BYTES_PER_PIXEL; i < row.length; i++) {
            sum += Math.abs((byte) (row[i] - row[i - BYTES_PER_PIXEL]));
        }
        return sum;
    }

    private static long sumUp(byte[] row, byte[] up) {
        long sum = 0;
        for (int i = 0; i < row.length; i++) {
            sum += Math.abs((byte) (row[i] - up[i]));
        }
        return sum;
    }

    private static long sumAverage(byte[] row, byte[] up) {
        long sum = 0;
        for (int i = 0; i < BYTES_PER_PIXEL; i++) {
            sum += Math.abs((byte) (row[i] - ((up[i] & 0xFF) >>> 1)));
        }
        for (int i = BYTES_PER_PIXEL; i < row.length; i++) {
            sum += Math.abs((byte) (row[i] - (((row[i - BYTES_PER_PIXEL] & 0xFF) + (up[i] & 0xFF)) >>> 1)));
        }
        return sum;
    }

    private static long sumPaeth(byte[] row, byte[] up) {
        long sum = 0;
        for (int i = 0; i < BYTES_PER_PIXEL; i++) {
            sum += Math.abs((byte) (row[i] - up[i]));
        }
        for (int i = BYTES_PER_PIXEL; i < row.length; i++) {
            int predicted = paethPredictor(row[i - BYTES_PER_PIXEL] & 0xFF, up[i] & 0xFF,
                    up[i - BYTES_PER_PIXEL] & 0xFF);
            sum += Math.abs((byte) (row[i] - predicted));
        }
        return sum;
    }

    private void applyNone(byte[] row) {
        filtered[0] = NONE;
        System.arraycopy(row, 0, filtered, 1, row.length);
    }

    private void applySub(byte[] row) {
        filtered[0] = SUB;
        System.arraycopy(row, 0, filtered, 1, BYTES_PER_PIXEL);
        for (int i = BYTES_PER_PIXEL; i < row.length; i++) {
            filtered[i + 1] = (byte) (row[i] - row[i - BYTES_PER_PIXEL]);
        }
    }

    private void applyUp(byte[] row, byte[] up) {
        filtered[0] = UP;
        for (int i = 0; i < row.length; i++) {
            filtered[i + 1] = (byte) (row[i] - up[i]);
        }
    }

    private void applyAverage(byte[] row, byte[] up) {
        filtered[0] = AVERAGE;
        for (int i = 0; i < BYTES_PER_PIXEL; i++) {
            filtered[i + 1] = (byte) (row[i] - ((up[i] & 0xFF) >>> 1));
        }
        for (int i = BYTES_PER_PIXEL; i < row.length; i++) {
            filtered[i + 1] = (byte) (row[i] - (((row[i - BYTES_PER_PIXEL] & 0xFF) + (up[i] & 0xFF)) >>> 1));
        }
    }

    private void applyPaeth(byte[] row, byte[] up) {
        filtered[0] = PAETH;
        for (int i = 0; i < BYTES_PER_PIXEL; i++) {
            filtered[i + 1] = (byte) (row[i] - up[i]);
        }
        for (int i = BYTES_PER_PIXEL; i < row.length; i++) {
            int predicted = paethPredictor(row[i - BYTES_PER_PIXEL] & 0xFF, up[i] & 0xFF,
                    up[i - BYTES_PER_PIXEL] & 0xFF);
            filtered[i + 1] = (byte) (row[i] - predicted);
        }
    }

    private static int paethPredictor(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        if (pa <= pb && pa <= pc) {
            return a;
        }
        return pb <= pc ? b : c;
    }

    private void deflate(byte[] data) throws IOException {
        deflater.setInput(data);
        while (!deflater.needsInput()) {
            drain();
        }
    }

    private void drain() throws IOException {
        idatLength += deflater.deflate(idat, idatLength, idat.length - idatLength);
        if (idatLength == idat.length) {
            writeChunk("IDAT", idat, idatLength);
            idatLength = 0;
        }
    }

    private void writeHeader() throws IOException {
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = 6;
        writeChunk("IHDR", header);
    }

    private void writeResolution(long pixelsPerMetre) throws IOException {
        int perMetre = (int) Math.min(Integer.MAX_VALUE, Math.max(1, pixelsPerMetre));
        byte[] physical = new byte[9];
        putInt(physical, 0, perMetre);
        putInt(physical, 4, perMetre);
        physical[8] = 1;
        writeChunk("pHYs", physical);
    }

    private void writeText(String keyword, String value) throws IOException {
        byte[] key = keyword.getBytes(StandardCharsets.ISO_8859_1);
        if (isPlainLatin1(value)) {
            byte[] text = value.getBytes(StandardCharsets.ISO_8859_1);
            byte[] data = new byte[key.length + 1 + text.length];
            System.arraycopy(key, 0, data, 0, key.length);
            System.arraycopy(text, 0, data, key.length + 1, text.length);
            writeChunk("tEXt", data);
        } else {
            byte[] text = value.getBytes(StandardCharsets.UTF_8);
            byte[] data = new byte[key.length + 5 + text.length];
            System.arraycopy(key, 0, data, 0, key.length);
            System.arraycopy(text, 0, data, key.length + 5, text.length);
            writeChunk("iTXt", data);
        }
    }

    private static boolean isPlainLatin1(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xFF || (c < 0x20 && c != '\n') || (c >= 0x7F && c < 0xA0)) {
                return false;
            }
        }
        return true;
    }

    private void writeChunk(String type, byte[] data) throws IOException {
        writeChunk(type, data, data.length);
    }

    private void writeChunk(String type, byte[] data, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        crc.reset();
        crc.update(name);
        crc.update(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(head);
        out.write(data, 0, length);
        out.write(tail);
    }

    private static void putInt(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }
}
