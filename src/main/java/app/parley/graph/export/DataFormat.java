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
    /** GEXF 1.2 (Gephi), with every attribute. */
    GEXF("gexf", "GEXF"),
    /** Graphviz DOT with labels, shapes and side colours, ready for {@code sfdp -Tpng}. */
    DOT("dot", "Graphviz DOT"),
    /** Three CSV tables in a folder: actors.csv, relations.csv and quotes.csv. */
    CSV("csv", "CSV tables");

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
     * Writes {@code graph} to {@code target} (for CSV: a folder, created if needed), replacing files atomically.
     *
     * @return the files written
     */
    public List<Path> write(ActorGraph graph, Path target) throws IOException {
        return switch (this) {
            case GRAPHML -> List.of(new GraphMlWriter().write(graph, target));
            case GEXF -> List.of(new GexfWriter().write(graph, target));
            case DOT -> List.of(new DotWriter().write(graph, target));
            case CSV -> new CsvTables().write(graph, target);
        };
    }
}
