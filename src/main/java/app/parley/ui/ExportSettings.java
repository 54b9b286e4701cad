package app.parley.ui;

import app.parley.render.export.ExportFormat;
import app.parley.render.export.ExportFrame;
import app.parley.render.export.ExportSize;
import app.parley.render.export.PageBackground;
import app.parley.session.MapExporter;

/**
 * What the export dialog asks for.
 *
 * @param format     PNG, SVG or a data format (data formats write the whole graph and ignore the rest)
 * @param area       whole graph, the current view or the selection
 * @param size       scale, pixel size, or printed width and resolution
 * @param background white, transparent or the theme's page colour
 * @param legend     draw the legend
 * @param caption    draw the source caption
 * @param titled     draw a title line
 * @param title      its words; empty for the map's title
 * @param footnotes  number the cited links and list their sentences
 */
public record ExportSettings(ExportFormat format, ExportFrame.Area area, ExportSize size, PageBackground background,
                             boolean legend, boolean caption, boolean titled, String title, boolean footnotes) {

    /**
     * The settings the dialog starts with: a PNG of the whole graph at 2x on white, with the map's title, legend and
     * caption, without notes.
     */
    public static final ExportSettings DEFAULT = new ExportSettings(ExportFormat.PNG, ExportFrame.Area.WHOLE_GRAPH,
            ExportSize.scale(2), PageBackground.WHITE, true, true, true, "", false);

    /** Checks the parts and turns a missing title into the map's. */
    public ExportSettings {
        if (format == null || area == null || size == null || background == null) {
            throw new IllegalArgumentException("Export settings need a format, an area, a size and a background");
        }
        title = title == null ? "" : title.strip();
    }

    /** The title line to draw for a map called {@code mapTitle}: empty when there is none. */
    public String titleFor(String mapTitle) {
        return MapExporter.shownTitle(title.isEmpty() ? null : title, !titled, mapTitle);
    }
}
