package app.parley.session;

import app.parley.graph.ActorGraph;
import app.parley.graph.export.DataExport;
import app.parley.graph.export.DataFormat;
import app.parley.graph.export.Placement;
import app.parley.layout.LayoutModel;
import app.parley.layout.LayoutMonitor;
import app.parley.layout.Layouts;
import app.parley.render.export.ExportFormat;
import app.parley.render.export.ExportFrame;
import app.parley.render.export.ExportMonitor;
import app.parley.render.fx.PictureExport;
import app.parley.render.fx.PngExporter;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Exports a map as the window and {@code parley export} both do it: frames the picture a request asks for (or says
 * why it cannot be made), writes it or the map's data, and describes the result in one phrase.
 */
public final class MapExporter {

    /** The seed every layout of an exported (and shown) map starts from, so the same map always looks the same. */
    public static final long SEED = 20250516L;
    /** {@link #SEED} as text, for option defaults. */
    public static final String SEED_TEXT = "20250516";

    private final PreparedGraph prepared;
    private final Theme theme;
    private final TextMeasurer measurer;

    /**
     * An exporter of {@code prepared} drawn in {@code theme} (which may differ from the one its cards were measured
     * in: a dark map is drawn light on paper).
     */
    public MapExporter(PreparedGraph prepared, Theme theme, TextMeasurer measurer) {
        this.prepared = prepared;
        this.theme = theme;
        this.measurer = measurer;
    }

    /** Lays the map out with {@code kind} from {@code seed}, the cards the user placed staying where they were put. */
    public static LayoutModel layOut(PreparedGraph prepared, Layouts kind, long seed) {
        LayoutModel model = prepared.emptyLayout();
        PinnedCards.apply(prepared.graph(), model);
        kind.create(prepared.graph(), seed).apply(prepared.layoutGraph(), model, LayoutMonitor.NONE);
        PinnedCards.apply(prepared.graph(), model);
        return model;
    }

    /** The title line shown: none when left out, the one asked for, else the map's own. */
    public static String shownTitle(String requested, boolean leftOut, String mapTitle) {
        return leftOut ? "" : requested != null ? requested : mapTitle;
    }

    /**
     * The picture a request describes, drawn from {@code scene} with {@code state}'s selection and highlight.
     *
     * @throws IllegalArgumentException when it cannot be made (nothing selected, too large, too small)
     */
    public ExportFrame.Figure figure(Scene scene, ViewState state, ExportFrame.Request request, ExportFormat format) {
        ExportFrame.Figure figure = new ExportFrame(theme, measurer, prepared.legend(), prepared.citation())
                .figure(prepared.graph(), scene, state, request);
        if (format == ExportFormat.PNG) {
            PngExporter.checkSize(figure.composition());
        }
        return figure;
    }

    /**
     * Writes a picture to {@code target} atomically; the file records the title shown (or the map's title when none
     * is shown) and the sources.
     */
    public void write(ExportFrame.Figure figure, ExportFormat format, Path target, String shownTitle,
                      ExportMonitor monitor) throws IOException {
        String recorded = shownTitle.isEmpty() ? prepared.graph().dataset().title() : shownTitle;
        new PictureExport(recorded, prepared.citation()).write(figure, format, target, monitor);
    }

    /**
     * Writes the map's data with the cards where {@code placement} drew them; returns the files written (several for
     * CSV) and what had to be changed on the way.
     */
    public static DataExport writeData(ActorGraph graph, DataFormat format, Placement placement, Path target)
            throws IOException {
        return format.export(graph, placement, target);
    }

    /** "2362 × 1653 px, 20cm wide at 300 dpi, 18 footnotes": the size, the resolution where it matters, the notes. */
    public static String describe(ExportFrame.Figure figure, ExportFormat format) {
        StringBuilder out = new StringBuilder().append(figure.width()).append(" × ").append(figure.height())
                .append(" px");
        if (figure.printWidth() != null) {
            out.append(", ").append(figure.printWidth()).append(" wide at ").append(Math.round(figure.dpi()))
                    .append(" dpi");
        }
        int notes = figure.footnotes().notes().size();
        if (notes > 0) {
            out.append(", ").append(notes).append(notes == 1 ? " footnote" : " footnotes");
        }
        return out.toString();
    }

    /** "37 actors, 67 links" (and the quotes, for CSV, which lists them). */
    public static String describeData(ActorGraph graph, DataFormat format) {
        return graph.size() + " actors, " + graph.links().size() + " links"
                + (format == DataFormat.CSV ? ", " + graph.dataset().quotes().size() + " quotes" : "");
    }
}
