package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;

/**
 * Writes the graph as GEXF 1.2 for Gephi: actors as nodes labelled with their names, roles and relations as directed
 * edges labelled with their wording, and the attributes of {@link GraphAttributes} as node and edge attributes.
 */
public final class GexfWriter {

    /** Writes {@code graph} to {@code target}, replacing it atomically, and returns {@code target}. */
    public Path write(ActorGraph graph, Path target) throws IOException {
        return TextFiles.write(target, out -> write(graph, out));
    }

    /** Writes {@code graph} to {@code out}. */
    public void write(ActorGraph graph, Writer out) {
        GraphAttributes attributes = new GraphAttributes(graph);
        GEXFExporter<Actor, Link> exporter = new GEXFExporter<>(Actor::id, Link::id);
        exporter.setCreator("Parley");
        exporter.setDescription(graph.dataset().title());
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        exporter.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        register(exporter, GraphAttributes.ACTOR, AttributeCategory.NODE);
        register(exporter, GraphAttributes.LINK, AttributeCategory.EDGE);
        exporter.setVertexAttributeProvider(attributes::actor);
        exporter.setEdgeAttributeProvider(attributes::link);
        exporter.exportGraph(graph.graph(), out);
    }

    private static void register(GEXFExporter<Actor, Link> exporter, Map<String, AttributeType> names,
                                 AttributeCategory category) {
        names.forEach((name, type) -> {
            if (!"label".equals(name)) {
                exporter.registerAttribute(name, category, switch (type) {
                    case BOOLEAN -> GEXFAttributeType.BOOLEAN;
                    case INT -> GEXFAttributeType.INTEGER;
                    default -> GEXFAttributeType.STRING;
                });
            }
        });
    }
}
