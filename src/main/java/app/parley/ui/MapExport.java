package app.parley.ui;

import app.parley.graph.export.Placement;
import app.parley.render.export.ExportFormat;
import app.parley.render.export.ExportFrame;
import app.parley.render.html.MapPage;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.DataPlacement;
import app.parley.render.scene.Scene;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import app.parley.session.MapExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Exports one state of the open map: frames the picture the settings ask for (or says why it cannot be made), and
 * writes it, or the map's data, off the JavaFX thread with progress and cancel.
 */
final class MapExport {

    private final OpenMap map;
    private final Scene scene;
    private final ViewState state;
    private final Theme theme;
    private final TextMeasurer measurer;
    private final Bounds view;
    private final double viewWidth;
    private final double viewHeight;

    /**
     * An export of the map as the window shows it now.
     *
     * @param map        the open map
     * @param scene      its geometry
     * @param state      selection, highlight and filters
     * @param theme      colours and type
     * @param measurer   text widths
     * @param view       the world rectangle the graph view shows
     * @param viewWidth  the graph view's width in pixels
     * @param viewHeight the graph view's height in pixels
     */
    MapExport(OpenMap map, Scene scene, ViewState state, Theme theme, TextMeasurer measurer, Bounds view,
              double viewWidth, double viewHeight) {
        this.map = map;
        this.scene = scene;
        this.state = state;
        this.theme = theme;
        this.measurer = measurer;
        this.view = view;
        this.viewWidth = viewWidth;
        this.viewHeight = viewHeight;
    }

    /**
     * The picture the settings describe.
     *
     * @throws IllegalArgumentException when it cannot be made (nothing selected, too large, too small)
     */
    ExportFrame.Figure figure(ExportSettings settings) {
        Theme drawn = settings.background().themeFor(theme);
        ExportFrame.Request request = new ExportFrame.Request(settings.area(), settings.size(),
                settings.background().colour(drawn), settings.legend(), settings.caption(),
                settings.titleFor(map.dataset().title()), settings.footnotes(), view, viewWidth, viewHeight);
        return exporter(settings).figure(scene, state, request, settings.format());
    }

    private MapExporter exporter(ExportSettings settings) {
        return new MapExporter(map.prepared(), settings.background().themeFor(theme), measurer);
    }

    /** One line for the dialog: what the settings will produce, or why they cannot. */
    String preview(ExportSettings settings) {
        if (settings.format() == ExportFormat.HTML) {
            return "One web page of the whole map to pan, zoom and click, with cards, quotes, legend and story";
        }
        if (!settings.format().picture()) {
            return settings.format() == ExportFormat.CSV
                    ? "actors.csv, relations.csv, quotes.csv and sources.csv of the whole map, into a folder"
                    : "The whole map: " + map.dataset().actors().size() + " actors and "
                            + map.prepared().graph().links().size() + " links";
        }
        try {
            return MapExporter.describe(figure(settings), settings.format());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Whether {@link #preview} describes a picture that can be made (not a reason it cannot). */
    boolean feasible(ExportSettings settings) {
        if (!settings.format().picture()) {
            return true;
        }
        try {
            figure(settings);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Starts writing to {@code target} with {@code work}; the status line says where it went and how large. Returns
     * whether the export started (a picture the settings cannot make says why on the status line instead).
     */
    boolean start(BackgroundWork work, ExportSettings settings, Path target) {
        ExportFormat format = settings.format();
        if (format == ExportFormat.HTML) {
            MapPage page = new MapPage(map.prepared(), measurer);
            work.start("Exporting a web page", monitor -> {
                page.export(scene, map.dataset().title(), state.selectedActor(), target);
                return target;
            }, written -> work.say("Exported a web page to " + written + " (" + fileSize(written) + ")."), work::say);
            return true;
        }
        if (format.data().isPresent()) {
            Placement drawn = DataPlacement.of(scene, theme);
            work.start("Exporting " + format.label(), monitor -> MapExporter.writeData(map.prepared().graph(),
                    format.data().get(), drawn, target), written -> work.say("Exported " + format.label() + " to "
                    + list(written.files()) + "." + (written.notes().isEmpty() ? ""
                    : " " + String.join(" ", written.notes()) + ".")), work::say);
            return true;
        }
        ExportFrame.Figure figure;
        try {
            figure = figure(settings);
        } catch (IllegalArgumentException e) {
            work.say("Cannot export: " + e.getMessage());
            return false;
        }
        String title = settings.titleFor(map.dataset().title());
        MapExporter writer = exporter(settings);
        work.start("Exporting " + format.id().toUpperCase(Locale.ROOT), monitor -> {
            writer.write(figure, format, target, title, monitor.forExport());
            return target;
        }, written -> work.say("Exported a " + MapExporter.describe(figure, format) + " "
                + format.id().toUpperCase(Locale.ROOT)
                + " to " + written + " (" + fileSize(written) + ")."), work::say);
        return true;
    }

    private static String list(List<Path> files) {
        return files.size() == 1 ? files.get(0).toString()
                : files.get(0).getParent() + " (" + String.join(", ",
                        files.stream().map(f -> f.getFileName().toString()).toList()) + ")";
    }

    private static String fileSize(Path file) {
        try {
            long bytes = Files.size(file);
            if (bytes >= 1 << 20) {
                return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20));
            }
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        } catch (IOException e) {
            return "size unknown";
        }
    }
}
