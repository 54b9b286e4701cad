package app.parley.render;

import app.parley.io.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a composition as one SVG 1.1 document (UTF-8) of the composition's size, with the same painter as the screen
 * and PNG, so names stay real, searchable text. The file is replaced atomically.
 */
public final class SvgExporter {

    /** Writes {@code composition} to {@code target}, with no title. */
    public void export(Composition composition, Path target) throws IOException {
        export(composition, target, "");
    }

    /** Writes {@code composition} to {@code target} with a {@code title} element unless {@code title} is empty. */
    public void export(Composition composition, Path target, String title) throws IOException {
        AtomicFiles.replace(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            write(composition, writer, title);
            writer.flush();
        });
    }

    /** Writes the document for {@code composition} to {@code out}, which the caller flushes and closes. */
    public void write(Composition composition, Writer out, String title) throws IOException {
        StringBuilder header = new StringBuilder(512);
        header.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"")
                .append(" width=\"").append(composition.width()).append('"')
                .append(" height=\"").append(composition.height()).append('"')
                .append(" viewBox=\"0 0 ").append(composition.width()).append(' ').append(composition.height())
                .append('"')
                .append(" stroke-miterlimit=\"10\" xml:space=\"preserve\">\n");
        if (!title.isEmpty()) {
            header.append("<title>");
            XmlText.append(header, title);
            header.append("</title>\n");
        }
        out.append(header);
        SvgSurface surface = new SvgSurface(out);
        try {
            composition.paintTile(surface, new Bounds(0, 0, composition.width(), composition.height()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        surface.finish();
        out.append("</svg>\n");
    }
}
