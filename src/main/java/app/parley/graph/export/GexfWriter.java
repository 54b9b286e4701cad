package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.XMLEvent;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;

/**
 * Writes the graph as GEXF 1.2 for Gephi: actors as nodes labelled with their names, roles and relations as edges
 * labelled with their wording (directed, but for the relations that have no direction, such as "met with", which say
 * {@code type="undirected"}), and the attributes of {@link GraphAttributes} as node and edge attributes.
 */
public final class GexfWriter {

    /** Writes {@code graph} to {@code target}, replacing it atomically, and returns {@code target}. */
    public Path write(ActorGraph graph, Path target) throws IOException {
        return TextFiles.write(target, out -> write(graph, out));
    }

    /** Writes {@code graph} to {@code out}. */
    public void write(ActorGraph graph, Writer out) throws IOException {
        Path raw = Files.createTempFile("parley-", ".gexf");
        try {
            try (Writer writer = Files.newBufferedWriter(raw, StandardCharsets.UTF_8)) {
                export(graph, writer);
            }
            Set<String> undirected = new HashSet<>();
            graph.links().forEach(link -> {
                if (!link.directed()) {
                    undirected.add(link.id());
                }
            });
            try (Reader reader = Files.newBufferedReader(raw, StandardCharsets.UTF_8)) {
                markUndirected(reader, out, undirected);
            }
        } finally {
            Files.deleteIfExists(raw);
        }
    }

    /** Copies the GEXF of {@code in} to {@code out}, giving the edges named in {@code undirected} their type. */
    private static void markUndirected(Reader in, Writer out, Set<String> undirected) throws IOException {
        try {
            XMLInputFactory inputs = XMLInputFactory.newFactory();
            inputs.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLEventReader reader = inputs.createXMLEventReader(in);
            XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out);
            XMLEventFactory events = XMLEventFactory.newFactory();
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                writer.add(event);
                if (event.isStartElement() && "edge".equals(event.asStartElement().getName().getLocalPart())) {
                    Attribute id = event.asStartElement().getAttributeByName(new QName("id"));
                    if (id != null && undirected.contains(id.getValue())) {
                        writer.add(events.createAttribute("type", "undirected"));
                    }
                }
            }
            writer.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the GEXF: " + e.getMessage(), e);
        }
    }

    private static void export(ActorGraph graph, Writer out) {
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
