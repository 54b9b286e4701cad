package app.parley.render.fx;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a PNG's chunks, skipping the image data, so tests can check the header, resolution and text of huge files. */
record PngChunks(int width, int height, long pixelsPerMetreX, long pixelsPerMetreY, int unit, Map<String, String> text,
                 List<String> order) {

    static PngChunks read(Path file) throws IOException {
        int width = 0;
        int height = 0;
        long ppmX = 0;
        long ppmY = 0;
        int unit = -1;
        Map<String, String> text = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            in.readFully(new byte[8]);
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException end) {
                    break;
                }
                byte[] type = new byte[4];
                in.readFully(type);
                String name = new String(type, StandardCharsets.US_ASCII);
                if (order.isEmpty() || !order.get(order.size() - 1).equals(name)) {
                    order.add(name);
                }
                if (name.equals("IDAT")) {
                    in.skipNBytes(length + 4L);
                    continue;
                }
                byte[] data = new byte[length];
                in.readFully(data);
                in.readInt();
                ByteBuffer buffer = ByteBuffer.wrap(data);
                switch (name) {
                    case "IHDR" -> {
                        width = buffer.getInt();
                        height = buffer.getInt();
                    }
                    case "pHYs" -> {
                        ppmX = Integer.toUnsignedLong(buffer.getInt());
                        ppmY = Integer.toUnsignedLong(buffer.getInt());
                        unit = buffer.get();
                    }
                    case "tEXt" -> {
                        int zero = indexOfZero(data, 0);
                        text.put(new String(data, 0, zero, StandardCharsets.ISO_8859_1),
                                new String(data, zero + 1, data.length - zero - 1, StandardCharsets.ISO_8859_1));
                    }
                    case "iTXt" -> {
                        int zero = indexOfZero(data, 0);
                        int language = indexOfZero(data, zero + 3);
                        int translated = indexOfZero(data, language + 1);
                        text.put(new String(data, 0, zero, StandardCharsets.ISO_8859_1),
                                new String(data, translated + 1, data.length - translated - 1, StandardCharsets.UTF_8));
                    }
                    default -> {
                    }
                }
            }
        }
        return new PngChunks(width, height, ppmX, ppmY, unit, text, order);
    }

    private static int indexOfZero(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        throw new IllegalStateException("No NUL separator in a text chunk");
    }

    /** The resolution in dots per inch, as viewers compute it. */
    double dpi() {
        return pixelsPerMetreX * 0.0254;
    }
}
