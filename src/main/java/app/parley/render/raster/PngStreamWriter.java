package app.parley.render.raster;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an 8-bit RGBA PNG row by row, so an image of any size never sits in memory whole. Rows are gathered into
 * segments of about 2 MB that up to four workers filter and compress in parallel, each as its own run of deflate blocks
 * (as pigz does), and written in order; the output is the same whatever the number of processors. The header,
 * resolution and text chunks are written at once; {@link #close()} ends the image once every row is in.
 */
public final class PngStreamWriter implements Closeable {

    /** The widest image whose rows still fit a Java array. */
    public static final int MAX_WIDTH = (Integer.MAX_VALUE - 16) / 4;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZLIB_HEADER = {0x78, (byte) 0x9C};
    private static final int BYTES_PER_PIXEL = 4;
    private static final int IDAT_SIZE = 1 << 16;
    private static final int SEGMENT_BYTES = 2 << 20;
    private static final int MAX_THREADS = 4;
    private static final int COMPRESSION_LEVEL = 6;
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final OutputStream out;
    private final int width;
    private final int height;
    private final int rowBytes;
    private final int rowsPerSegment;
    private final ExecutorService workers;
    private final int maxInFlight;
    private final Deque<Future<Compressed>> inFlight = new ArrayDeque<>();
    private final CRC32 crc = new CRC32();
    private final byte[] idat = new byte[IDAT_SIZE];
    private int idatLength;
    private long adler = 1;
    private byte[] segment;
    private int segmentRows;
    private byte[] above;
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
        this.rowBytes = width * BYTES_PER_PIXEL;
        this.rowsPerSegment = Math.min(height, Math.max(1, SEGMENT_BYTES / rowBytes));
        int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        this.maxInFlight = threads + 2;
        this.workers = startWorkers(threads);
        this.segment = new byte[rowsPerSegment * rowBytes];
        this.above = new byte[rowBytes];
        out.write(SIGNATURE);
        writeHeader();
        writeChunk("sRGB", new byte[] {0});
        writeResolution(options.pixelsPerMetre());
        for (Map.Entry<String, String> entry : options.text().entrySet()) {
            writeText(entry.getKey(), entry.getValue());
        }
        appendImageData(ZLIB_HEADER, ZLIB_HEADER.length);
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
        toBytes(argb, offset, segment, segmentRows * rowBytes);
        segmentRows++;
        rowsWritten++;
        if (segmentRows == rowsPerSegment || rowsWritten == height) {
            submitSegment();
        }
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
            while (!inFlight.isEmpty()) {
                writeSegment(inFlight.poll());
            }
            byte[] checksum = new byte[4];
            putInt(checksum, 0, (int) adler);
            appendImageData(checksum, checksum.length);
            writeChunk("IDAT", idat, idatLength);
            writeChunk("IEND", new byte[0]);
            out.flush();
        } finally {
            inFlight.forEach(future -> future.cancel(true));
            workers.shutdownNow();
        }
    }

    private void submitSegment() throws IOException {
        Segment job = new Segment(segment, segmentRows, above, rowBytes, rowsWritten == height);
        above = Arrays.copyOfRange(segment, (segmentRows - 1) * rowBytes, segmentRows * rowBytes);
        segment = rowsWritten == height ? null : new byte[rowsPerSegment * rowBytes];
        segmentRows = 0;
        inFlight.add(workers.submit(job::compress));
        while (inFlight.size() > maxInFlight) {
            writeSegment(inFlight.poll());
        }
    }

    private void writeSegment(Future<Compressed> future) throws IOException {
        Compressed compressed;
        try {
            compressed = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while compressing the PNG");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException("Compressing the PNG failed", cause);
        }
        appendImageData(compressed.data(), compressed.length());
        adler = combineAdler32(adler, compressed.adler(), compressed.filteredLength());
    }

    private void appendImageData(byte[] data, int length) throws IOException {
        int from = 0;
        while (from < length) {
            int count = Math.min(length - from, idat.length - idatLength);
            System.arraycopy(data, from, idat, idatLength, count);
            idatLength += count;
            from += count;
            if (idatLength == idat.length) {
                writeChunk("IDAT", idat, idatLength);
                idatLength = 0;
            }
        }
    }

    private void toBytes(int[] argb, int offset, byte[] target, int at) {
        for (int x = 0, i = at; x < width; x++, i += BYTES_PER_PIXEL) {
            int pixel = argb[offset + x];
            target[i] = (byte) (pixel >> 16);
            target[i + 1] = (byte) (pixel >> 8);
            target[i + 2] = (byte) pixel;
            target[i + 3] = (byte) (pixel >>> 24);
        }
    }

    /** The Adler-32 of two byte runs joined, from the checksums of each (zlib's adler32_combine). */
    static long combineAdler32(long first, long second, long secondLength) {
        final long base = 65521;
        long remainder = secondLength % base;
        long sum1 = first & 0xFFFF;
        long sum2 = (remainder * sum1) % base;
        sum1 += (second & 0xFFFF) + base - 1;
        sum2 += ((first >>> 16) & 0xFFFF) + ((second >>> 16) & 0xFFFF) + base - remainder;
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum2 >= (base << 1)) {
            sum2 -= (base << 1);
        }
        if (sum2 >= base) {
            sum2 -= base;
        }
        return (sum2 << 16) | sum1;
    }

    private static ExecutorService startWorkers(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 5, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "png-deflate-" + THREAD_NUMBER.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
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

    /** Rows to filter and compress on a worker; {@code above} is the raw row before the first (zeros at the top). */
    private record Segment(byte[] raw, int rows, byte[] above, int rowBytes, boolean last) {

        Compressed compress() {
            int filteredRow = rowBytes + 1;
            byte[] filtered = new byte[rows * filteredRow];
            for (int row = 0; row < rows; row++) {
                if (row == 0) {
                    PngRowFilter.filter(raw, 0, above, 0, rowBytes, filtered, 0);
                } else {
                    PngRowFilter.filter(raw, row * rowBytes, raw, (row - 1) * rowBytes, rowBytes, filtered,
                            row * filteredRow);
                }
            }
            Adler32 checksum = new Adler32();
            checksum.update(filtered);
            Deflater deflater = new Deflater(COMPRESSION_LEVEL, true);
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64, filtered.length / 16));
            byte[] buffer = new byte[IDAT_SIZE];
            try {
                deflater.setInput(filtered);
                if (last) {
                    deflater.finish();
                    while (!deflater.finished()) {
                        compressed.write(buffer, 0, deflater.deflate(buffer));
                    }
                } else {
                    int count;
                    do {
                        count = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                        compressed.write(buffer, 0, count);
                    } while (count == buffer.length || !deflater.needsInput());
                }
            } finally {
                deflater.end();
            }
            return new Compressed(compressed.toByteArray(), compressed.size(), checksum.getValue(), filtered.length);
        }
    }

    /** A segment's deflate blocks and the Adler-32 and length of the filtered bytes they hold. */
    private record Compressed(byte[] data, int length, long adler, long filteredLength) {
    }
}
