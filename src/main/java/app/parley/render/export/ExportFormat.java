package app.parley.render.export;

import app.parley.graph.export.DataFormat;
import app.parley.model.Vocabulary;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Everything the map can be exported as: a picture (PNG, SVG) or data for other tools. */
public enum ExportFormat implements Vocabulary {
    /** A PNG image, of any size, with its resolution and sources recorded. */
    PNG("png", "PNG image", null),
    /** An SVG drawing with real, searchable text. */
    SVG("svg", "SVG drawing", null),
    /** One self-contained web page: the map to pan, zoom and click, with cards, quotes, legend and story. */
    HTML("html", "Web page (HTML)", null),
    /** GraphML for yEd, Gephi, NetworkX, Cytoscape. */
    GRAPHML("graphml", "GraphML", DataFormat.GRAPHML),
    /** GEXF for Gephi. */
    GEXF("gexf", "GEXF (Gephi)", DataFormat.GEXF),
    /** Graphviz DOT. */
    DOT("dot", "Graphviz DOT", DataFormat.DOT),
    /** Three CSV tables in a folder. */
    CSV("csv", "CSV tables (folder)", DataFormat.CSV),
    /** Cytoscape JSON. */
    CYJS("cyjs", "Cytoscape JSON", DataFormat.CYJS);

    private final String id;
    private final String label;
    private final DataFormat data;

    ExportFormat(String id, String label, DataFormat data) {
        this.id = id;
        this.label = label;
        this.data = data;
    }

    /** The word on the command line, and the file extension. */
    @Override
    public String id() {
        return id;
    }

    /** The name shown in the window. */
    @Override
    public String label() {
        return label;
    }

    /** Whether this is a picture (PNG or SVG) rather than data or a web page. */
    public boolean picture() {
        return data == null && this != HTML;
    }

    /** The data format, for data exports. */
    public Optional<DataFormat> data() {
        return Optional.ofNullable(data);
    }

    /** The format called {@code id}. */
    public static ExportFormat byId(String id) {
        return Vocabulary.byId(ExportFormat.class, id.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> Vocabulary.unknown(ExportFormat.class, "format", id));
    }

    /** The format a file name's extension names ({@code .gv} is DOT), if any. */
    public static Optional<ExportFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return Optional.of(PNG);
        }
        if (lower.endsWith(".svg")) {
            return Optional.of(SVG);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return DataFormat.ofFileName(lower).map(format -> Arrays.stream(values())
                .filter(f -> f.data == format).findFirst().orElseThrow());
    }
}
