package app.parley.render.html;

import app.parley.io.AtomicFiles;
import app.parley.render.export.ExportFrame;
import app.parley.render.export.SvgExporter;
import app.parley.render.export.XmlText;
import app.parley.render.paint.Composition;
import app.parley.render.paint.Drawing;
import app.parley.render.paint.LegendOverlay;
import app.parley.render.paint.Surface;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Scene;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the map as one self-contained HTML page: the whole graph as SVG drawn by the same painter as the window, the
 * legend, the data of every card, quote and story step as JSON, and the page's own script, style and fonts inlined.
 * The page makes no network request; it pans and zooms, selects actors by pointer or keyboard, and steps through the
 * story.
 */
public final class MapPage {

    /** The width of the legend in the side panel, in CSS pixels. */
    static final int LEGEND_WIDTH = 340;

    private final PreparedGraph prepared;
    private final TextMeasurer measurer;

    /** A page of {@code prepared}, in its theme, with text measured by {@code measurer}. */
    public MapPage(PreparedGraph prepared, TextMeasurer measurer) {
        this.prepared = prepared;
        this.measurer = measurer;
    }

    /**
     * Writes the page to {@code target}, replacing it atomically.
     *
     * @param scene           the laid-out graph
     * @param title           the page's title
     * @param selectedActorId the actor selected when the page opens, or {@code null}
     */
    public void export(Scene scene, String title, String selectedActorId, Path target) throws IOException {
        AtomicFiles.replace(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            write(scene, title, selectedActorId, writer);
            writer.flush();
        });
    }

    /** Writes the page to {@code out}, which the caller flushes and closes. */
    public void write(Scene scene, String title, String selectedActorId, Writer out) throws IOException {
        Theme theme = prepared.theme();
        ExportFrame.Request request = new ExportFrame.Request(ExportFrame.Area.WHOLE_GRAPH, 1, theme.background(),
                false, false, null, 0, 0);
        Composition map = ExportFrame.of(prepared, measurer).figure(prepared.graph(), scene, ViewState.NONE, request)
                .composition();
        StringWriter svg = new StringWriter();
        new SvgExporter().writeInline(map, svg, "map", "Map: " + title);
        String data = ScriptJson.write(new MapPageData(prepared.graph(), theme).tree(title, selectedActorId));
        out.append(PageTemplate.fill(PageTemplate.resource("map.html"), Map.of(
                "TITLE", XmlText.escape(title),
                "FONTS", PageTemplate.embeddedFonts(),
                "COLOURS", colours(theme),
                "CSS", PageTemplate.resource("map.css"),
                "HEADING", XmlText.escape(title),
                "CITATION", XmlText.escape(prepared.citation()),
                "MAP", svg.toString(),
                "LEGEND", legend(theme),
                "DATA", data,
                "SCRIPT", PageTemplate.resource("map.js"))));
    }

    private String legend(Theme theme) throws IOException {
        LegendOverlay overlay = new LegendOverlay(prepared.legend(), theme, measurer, 1, 0);
        int height = (int) Math.ceil(overlay.stripHeight(LEGEND_WIDTH));
        Composition legend = new Composition(LEGEND_WIDTH, height, Rgba.TRANSPARENT, NOTHING, new Bounds(0, 0, 1, 1),
                List.of(overlay));
        StringWriter svg = new StringWriter();
        new SvgExporter().writeInline(legend, svg, "legend", "Legend");
        return svg.toString();
    }

    /** The theme's colours as CSS custom properties, so the panel matches the map. */
    private static String colours(Theme theme) {
        return ":root{--page:" + theme.background().webHex() + ";--text:" + theme.text().webHex() + ";--muted:"
                + theme.mutedText().webHex() + ";--panel:" + theme.panel().webHex() + ";--ring:"
                + theme.selection().webHex() + ";color-scheme:" + (theme.dark() ? "dark" : "light") + ";}\n";
    }

    private static final Drawing NOTHING = new Drawing() {
        @Override
        public Bounds bounds() {
            return new Bounds(0, 0, 1, 1);
        }

        @Override
        public void paint(Surface surface, Bounds visible, double scale) {
            // The legend page draws overlays only.
        }
    };
}
