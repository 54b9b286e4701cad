package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The data formats the graph can be written in, each by its file extension. */
public enum DataFormat {
    /** GraphML (yEd, Gephi, NetworkX, Cytoscape), with every attribute. */
    GRAPHML("graphml", "GraphML"),
    /** GEXF 1.3 (Gephi, NetworkX), with every attribute, colours and positions. */
    GEXF("gexf", "GEXF"),
    /** Graphviz DOT with labels, shapes and side colours, ready for {@code sfdp -Tpng}. */
    DOT("dot", "Graphviz DOT"),
    /** Four CSV tables in a folder: actors.csv, relations.csv, quotes.csv and sources.csv. */
    CSV("csv", "CSV tables"),
    /** Cytoscape JSON (Cytoscape desktop and Cytoscape.js), with positions and a style sheet. */
    CYJS("cyjs", "Cytoscape JSON");

    private final String extension;
    private final String label;

    DataFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The name shown to people. */
    public String label() {
        return label;
    }

    /** The format whose extension {@code name} ends with ({@code .gv} counts as DOT), if any. */
    public static Optional<DataFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gv")) {
            return Optional.of(DOT);
        }
        for (DataFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes {@code graph} to {@code target} (for CSV: a folder, created if needed), replacing files atomically,
     * without positions and with the light theme's side colours.
     *
     * @return the files written
     */
    public List<Path> write(ActorGraph graph, Path target) throws IOException {
        return export(graph, Placement.none(), target).files();
    }

    /**
     * Writes {@code graph} as the caller drew it to {@code target} (for CSV: a folder, created if needed), replacing
     * files atomically; an I/O failure (a full disk) leaves the old files as they were.
     *
     * @return the files written and one note per kind of repair made
     */
    public DataExport export(ActorGraph graph, Placement placement, Path target) throws IOException {
        Repairs repairs = new Repairs();
        List<Path> files = switch (this) {
            case GRAPHML -> one(target, new GraphMlWriter().write(graph, placement, target), repairs);
            case GEXF -> one(target, new GexfWriter().write(graph, placement, target), repairs);
            case DOT -> one(target, new DotWriter().write(graph, placement, target), repairs);
            case CSV -> new CsvTables().write(graph, target, repairs);
            case CYJS -> one(target, new CyjsWriter().write(graph, placement, target), repairs);
        };
        String summary = repairs.summary(label);
        return new DataExport(files, summary.isEmpty() ? List.of() : List.of(summary));
    }

    private static List<Path> one(Path target, Repairs made, Repairs into) {
        into.add(made);
        return List.of(target);
    }
}
