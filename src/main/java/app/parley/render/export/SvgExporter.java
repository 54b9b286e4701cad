package app.parley.render.export;

import app.parley.io.AtomicFiles;
import app.parley.render.paint.Composition;
import app.parley.render.scene.Bounds;
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
        export(composition, target, new SvgOptions(title, "", null));
    }

    /** Writes {@code composition} to {@code target} with a title, description and size as {@code options} say. */
    public void export(Composition composition, Path target, SvgOptions options) throws IOException {
        AtomicFiles.replace(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            write(composition, writer, options);
            writer.flush();
        });
    }

    /** Writes the document for {@code composition} to {@code out}, which the caller flushes and closes. */
    public void write(Composition composition, Writer out, String title) throws IOException {
        write(composition, out, new SvgOptions(title, "", null));
    }

    /** Writes the document for {@code composition} as {@code options} say to {@code out}, which the caller closes. */
    public void write(Composition composition, Writer out, SvgOptions options) throws IOException {
        StringBuilder header = new StringBuilder(512);
        header.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
        PrintLength print = options.printWidth();
        if (print == null) {
            header.append(" width=\"").append(composition.width()).append('"')
                    .append(" height=\"").append(composition.height()).append('"');
        } else {
            header.append(" width=\"");
            SvgSurface.appendNumber(header, print.value());
            header.append(print.unit().symbol()).append("\" height=\"");
            SvgSurface.appendNumber(header, print.value() * composition.height() / composition.width());
            header.append(print.unit().symbol()).append('"');
        }
        header.append(" viewBox=\"0 0 ").append(composition.width()).append(' ').append(composition.height())
                .append('"')
                .append(" stroke-miterlimit=\"10\" xml:space=\"preserve\">\n");
        if (!options.title().isEmpty()) {
            header.append("<title>");
            XmlText.append(header, options.title());
            header.append("</title>\n");
        }
        if (!options.description().isEmpty()) {
            header.append("<desc>");
            XmlText.append(header, options.description());
            header.append("</desc>\n");
        }
        out.append(header);
        writeBody(composition, out);
        out.append("</svg>\n");
    }

    /**
     * Writes {@code composition} as an {@code svg} element to embed in an HTML page: no XML declaration, no fixed size
     * (the page sizes it), the element id {@code id}, and {@code label} as its accessible name.
     */
    public void writeInline(Composition composition, Writer out, String id, String label) throws IOException {
        StringBuilder header = new StringBuilder(256);
        header.append("<svg id=\"");
        XmlText.append(header, id);
        header.append("\" viewBox=\"0 0 ").append(composition.width()).append(' ').append(composition.height())
                .append("\" stroke-miterlimit=\"10\" role=\"img\" aria-label=\"");
        XmlText.append(header, label);
        header.append("\">\n");
        out.append(header);
        writeBody(composition, out);
        out.append("</svg>\n");
    }

    private static void writeBody(Composition composition, Writer out) throws IOException {
        SvgSurface surface = new SvgSurface(out);
        try {
            composition.paintTile(surface, new Bounds(0, 0, composition.width(), composition.height()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        surface.finish();
    }
}
