package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.io.interop.XmlIds;
import app.parley.model.Actor;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the graph as GraphML: actors as nodes and roles and relations as edges, identified by their ids (as XML name
 * tokens, see {@link XmlIds}), with the
 * attributes of {@link Attributes} declared once for nodes and once for edges (so readers that keep one key per
 * element kind, such as igraph and Gephi, keep both labels), the dataset's sources as one graph attribute (a JSON
 * array, so Parley reopens the file with its evidence), and yEd's graphics: each actor a {@code y:ShapeNode} with its
 * name, filled with its side's tint, outlined in its side's colour, shaped by kind and placed where the caller drew
 * it; each link a {@code y:PolyLineEdge} with its wording and Parley's stroke. yEd, Gephi, NetworkX, igraph and
 * Cytoscape read it.
 */
public final class GraphMlWriter {

    /** The GraphML namespace. */
    public static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";
    /** yEd's namespace for its graphics. */
    public static final String YED = "http://www.yworks.com/xml/graphml";
    /** The name of the graph attribute that holds the sources. */
    public static final String SOURCES = "parley_sources";
    private static final double CARD_TINT = 0.22;

    /** Writes {@code graph} to {@code target}, replacing it atomically, and returns what it had to repair. */
    public Repairs write(ActorGraph graph, Placement placement, Path target) throws IOException {
        Repairs repairs = new Repairs();
        TextFiles.write(target, out -> write(graph, placement, out, repairs));
        return repairs;
    }

    /** Writes {@code graph} to {@code out}, recording replaced characters in {@code repairs}. */
    public void write(ActorGraph graph, Placement placement, Writer out, Repairs repairs) throws IOException {
        XmlOut xml = new XmlOut(out, repairs);
        xml.start("graphml").attribute("xmlns", NAMESPACE).attribute("xmlns:y", YED);
        key(xml, "g_title", "graph", "title", "string");
        key(xml, "g_sources", "graph", SOURCES, "string");
        key(xml, "n_label", "node", "label", "string");
        for (Attributes.Column column : Attributes.ACTOR) {
            key(xml, "n_" + column.name(), "node", column.name(), column.type());
        }
        for (Attributes.Column column : Attributes.LINK) {
            key(xml, "e_" + column.name(), "edge", column.name(), column.type());
        }
        xml.start("key").attribute("id", "n_graphics").attribute("for", "node")
                .attribute("yfiles.type", "nodegraphics").end();
        xml.start("key").attribute("id", "e_graphics").attribute("for", "edge")
                .attribute("yfiles.type", "edgegraphics").end();
        xml.start("graph").attribute("id", "parley").attribute("edgedefault", "directed");
        repairs.at("the title");
        data(xml, "g_title", graph.dataset().title());
        repairs.at("the sources");
        data(xml, "g_sources", SourcesJson.write(graph.dataset().sources()));
        for (Actor actor : graph.actors()) {
            repairs.at("actor " + actor.id());
            xml.start("node").attribute("id", XmlIds.encode(actor.id()));
            data(xml, "n_label", actor.name());
            values(xml, "n_", Attributes.of(actor));
            shapeNode(xml, actor, placement);
            xml.end();
        }
        for (Link link : graph.links()) {
            LinkFacts fact = LinkFacts.of(graph, link);
            repairs.at("link " + fact.id());
            xml.start("edge").attribute("id", XmlIds.encode(fact.id()))
                    .attribute("source", XmlIds.encode(fact.from())).attribute("target", XmlIds.encode(fact.to()));
            values(xml, "e_", Attributes.of(fact));
            polyLineEdge(xml, fact, Looks.line(link));
            xml.end();
        }
        xml.end().end();
        out.flush();
    }

    private static void key(XmlOut xml, String id, String scope, String name, String type) throws IOException {
        xml.start("key").attribute("id", id).attribute("for", scope).attribute("attr.name", name)
                .attribute("attr.type", type).end();
    }

    private static void data(XmlOut xml, String key, String value) throws IOException {
        xml.start("data").attribute("key", key).text(value).end();
    }

    private static void values(XmlOut xml, String prefix, Map<String, String> values) throws IOException {
        for (Map.Entry<String, String> value : values.entrySet()) {
            data(xml, prefix + value.getKey(), value.getValue());
        }
    }

    private static void shapeNode(XmlOut xml, Actor actor, Placement placement) throws IOException {
        int colour = placement.colour(actor.side());
        xml.start("data").attribute("key", "n_graphics").start("y:ShapeNode");
        Optional<Place> place = placement.place(actor.id());
        if (place.isPresent()) {
            geometry(xml, place.get());
        }
        xml.start("y:Fill").attribute("color", Looks.hex(Looks.tint(colour, CARD_TINT)))
                .attribute("transparent", "false").end();
        xml.start("y:BorderStyle").attribute("color", Looks.hex(colour)).attribute("type", "line")
                .attribute("width", "2.0").end();
        xml.start("y:NodeLabel").attribute("alignment", "center").attribute("autoSizePolicy", "content")
                .attribute("fontFamily", "DejaVu Sans").attribute("fontSize", "12").attribute("modelName", "internal")
                .attribute("modelPosition", "c").attribute("textColor", "#1a1f24").text(actor.name()).end();
        xml.start("y:Shape").attribute("type", switch (actor.kind()) {
            case PERSON -> "roundrectangle";
            case STATE -> "hexagon";
            case DELEGATION -> "rectangle3d";
            default -> "rectangle";
        }).end();
        xml.end().end();
    }

    private static void geometry(XmlOut xml, Place place) throws IOException {
        xml.start("y:Geometry").attribute("x", place.x() - place.width() / 2)
                .attribute("y", place.y() - place.height() / 2).attribute("width", place.width())
                .attribute("height", place.height()).end();
    }

    private static void polyLineEdge(XmlOut xml, LinkFacts fact, Looks.Line line) throws IOException {
        xml.start("data").attribute("key", "e_graphics").start("y:PolyLineEdge");
        xml.start("y:LineStyle").attribute("color", line == Looks.Line.CONFLICT ? "#3d434a" : "#59626d")
                .attribute("type", switch (line) {
                    case SOLID -> "line";
                    case DOTTED -> "dotted";
                    case DASHED -> "dashed";
                    case CONFLICT -> "dashed_dotted";
                }).attribute("width", line == Looks.Line.CONFLICT ? "2.0" : "1.0").end();
        xml.start("y:Arrows").attribute("source", "none").attribute("target", fact.directed() ? "standard" : "none")
                .end();
        xml.start("y:EdgeLabel").attribute("fontFamily", "DejaVu Sans").attribute("fontSize", "10")
                .attribute("textColor", "#2f353c").text(fact.label()).end();
        xml.start("y:BendStyle").attribute("smoothed", "true").end();
        xml.end().end();
    }
}
