package app.parley.ui;

import app.parley.render.ExportFrame;

/**
 * What the PNG export dialog asks for.
 *
 * @param area        whole graph or the current view
 * @param scale       1, 2 or 4 times the screen size
 * @param transparent transparent instead of white background
 * @param legend      draw the legend
 * @param caption     draw the source caption
 */
public record ExportSettings(ExportFrame.Area area, int scale, boolean transparent, boolean legend, boolean caption) {

    /** The settings the dialog starts with: whole graph, 2x, white, legend and caption. */
    public static final ExportSettings DEFAULT = new ExportSettings(ExportFrame.Area.WHOLE_GRAPH, 2, false, true, true);

    /** Checks the scale. */
    public ExportSettings {
        if (scale < 1) {
            throw new IllegalArgumentException("Scale must be at least 1");
        }
    }
}
