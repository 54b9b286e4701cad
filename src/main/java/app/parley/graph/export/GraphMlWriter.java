package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes the graph as GraphML: actors as nodes and roles and relations as directed edges, identified by their ids,
 * with the attributes of {@link GraphAttributes}. yEd, Gephi, NetworkX and Cytoscape read it.
 */
public final class GraphMlWriter {

    /** Writes {@code graph} to {@code target}, replacing it atomically, and returns {@code target}. */
    public Path write(ActorGraph graph, Path target) throws IOException {
        return TextFiles.write(target, out -> write(graph, out));
    }

    /** Writes {@code graph} to {@code out}. */
    public void write(ActorGraph graph, Writer out) {
        GraphAttributes attributes = new GraphAttributes(graph);
        GraphMLExporter<Actor, Link> exporter = new GraphMLExporter<>(Actor::id);
        exporter.setEdgeIdProvider(Link::id);
        GraphAttributes.ACTOR.forEach((name, type) -> exporter.registerAttribute(name,
                GraphAttributes.LINK.containsKey(name) ? AttributeCategory.ALL : AttributeCategory.NODE, type));
        GraphAttributes.LINK.forEach((name, type) -> {
            if (!GraphAttributes.ACTOR.containsKey(name)) {
                exporter.registerAttribute(name, AttributeCategory.EDGE, type);
            }
        });
        exporter.setVertexAttributeProvider(attributes::actor);
        exporter.setEdgeAttributeProvider(attributes::link);
        exporter.exportGraph(graph.graph(), out);
    }
}
