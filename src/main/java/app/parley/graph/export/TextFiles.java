package app.parley.graph.export;

import app.parley.io.AtomicFiles;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a UTF-8 text file (no byte order mark) atomically through a {@link Writer}. */
final class TextFiles {

    /** Writes the whole text. */
    @FunctionalInterface
    interface Text {
        /** Writes everything to {@code out}; closing it is left to the caller. */
        void writeTo(Writer out) throws IOException;
    }

    private TextFiles() {
    }

    /** Replaces {@code target} with the text; a failure leaves any old file as it was. */
    static Path write(Path target, Text text) throws IOException {
        AtomicFiles.replace(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(new KeptOpen(out), StandardCharsets.UTF_8),
                    1 << 16);
            try {
                text.writeTo(writer);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        });
        return target;
    }

    /** A stream whose {@code close()} only flushes, so libraries that close their writer leave the file to us. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
