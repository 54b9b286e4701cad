package app.parley.render.fx;

import app.parley.render.export.ExportFormat;
import app.parley.render.export.ExportFrame;
import app.parley.render.export.ExportMonitor;
import app.parley.render.export.SvgExporter;
import app.parley.render.export.SvgOptions;
import app.parley.render.raster.PngOptions;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a framed figure as a PNG (tiled, streamed, with its resolution and text chunks {@code Title}, {@code Source}
 * and {@code Software}) or as an SVG (with {@code title}, {@code desc} and, for a printed size, its width on paper),
 * replacing the file atomically.
 *
 * @param title  the picture's title, recorded in the file
 * @param source the citation of the sources, recorded in the file
 */
public record PictureExport(String title, String source) {

    /** What the files record as the software that made them. */
    public static final String SOFTWARE = "Parley";

    /**
     * Writes {@code figure} to {@code target} as {@code format}. Call it off the JavaFX thread for large PNGs.
     *
     * @throws IllegalArgumentException if the format is not a picture, or the figure is too large for a PNG
     */
    public void write(ExportFrame.Figure figure, ExportFormat format, Path target, ExportMonitor monitor)
            throws IOException {
        switch (format) {
            case PNG -> {
                PngExporter.checkSize(figure.composition());
                PngOptions options = PngOptions.ofDpi(figure.dpi());
                if (!title.isBlank()) {
                    options = options.withText("Title", title);
                }
                if (!source.isBlank()) {
                    options = options.withText("Source", source);
                }
                new PngExporter().export(figure.composition(), target, options.withText("Software", software()),
                        monitor);
            }
            case SVG -> {
                monitor.progress(0);
                new SvgExporter().export(figure.composition(), target,
                        new SvgOptions(title, source.isBlank() ? "" : "Source: " + source, figure.printWidth()));
                monitor.progress(1);
            }
            default -> throw new IllegalArgumentException(format.label() + " is not a picture format");
        }
    }

    /** The software that made the files, with its version when the jar records one: "Parley 0.1.0". */
    public static String software() {
        String version = PictureExport.class.getPackage().getImplementationVersion();
        return version == null ? SOFTWARE : SOFTWARE + " " + version;
    }
}
