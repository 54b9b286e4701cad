package app.parley.graph.export;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes the graph as GEXF 1.3 for Gephi, as Parley draws it: actors as nodes labelled with their names, coloured by
 * side ({@code viz:color}), placed where the caller drew them ({@code viz:position}, y pointing up as Gephi has it)
 * and sized by their cards ({@code viz:size}); roles and relations as edges labelled with their wording, with the
 * link type as the edge's {@code kind} (Gephi keeps parallel links of different kinds apart) and the stroke as
 * {@code viz:shape}. The graph names no default edge type, and only the relations that have no direction ("met with")
 * say {@code type="undirected"}: Gephi then reads a mixed graph with every link (under a directed default it drops
 * the undirected ones, and it does not know {@code mutual}), and NetworkX reads it without complaint (it refuses an
 * undirected edge in a graph whose default is directed). Every character XML cannot hold is replaced and counted.
 */
public final class GexfWriter {

    /** The GEXF 1.3 namespace. */
    public static final String NAMESPACE = "http://gexf.net/1.3";
    /** The GEXF 1.3 visualisation namespace. */
    public static final String VIZ = "http://gexf.net/1.3/viz";

    /** Writes {@code graph} to {@code target}, replacing it atomically, and returns what it had to repair. */
    public Repairs write(ActorGraph graph, Placement placement, Path target) throws IOException {
        Repairs repairs = new Repairs();
        TextFiles.write(target, out -> write(graph, placement, out, repairs));
        return repairs;
    }

    /** Writes {@code graph} to {@code out}, recording replaced characters in {@code repairs}. */
    public void write(ActorGraph graph, Placement placement, Writer out, Repairs repairs) throws IOException {
        XmlOut xml = new XmlOut(out, repairs);
        xml.start("gexf").attribute("xmlns", NAMESPACE).attribute("xmlns:viz", VIZ).attribute("version", "1.3");
        xml.start("meta").element("creator", "Parley");
        repairs.at("the title");
        xml.element("description", graph.dataset().title()).end();
        xml.start("graph").attribute("mode", "static");
        declare(xml, "node", Attributes.ACTOR);
        declare(xml, "edge", Attributes.LINK);
        xml.start("nodes");
        for (Actor actor : graph.actors()) {
            node(xml, repairs, actor, placement);
        }
        xml.end();
        xml.start("edges");
        for (Link link : graph.links()) {
            edge(xml, repairs, LinkFacts.of(graph, link), Looks.line(link));
        }
        xml.end().end().end();
        out.flush();
    }

    private static void declare(XmlOut xml, String type, List<Attributes.Column> columns) throws IOException {
        xml.start("attributes").attribute("class", type).attribute("mode", "static");
        for (Attributes.Column column : columns) {
            xml.start("attribute").attribute("id", column.name()).attribute("title", column.name())
                    .attribute("type", column.type().equals("int") ? "integer" : column.type()).end();
        }
        xml.end();
    }

    private static void node(XmlOut xml, Repairs repairs, Actor actor, Placement placement) throws IOException {
        repairs.at("actor " + actor.id());
        xml.start("node").attribute("id", actor.id()).attribute("label", actor.name());
        values(xml, Attributes.of(actor));
        int colour = placement.colour(actor.side());
        xml.start("viz:color").attribute("r", Integer.toString(colour >> 16 & 0xFF))
                .attribute("g", Integer.toString(colour >> 8 & 0xFF)).attribute("b", Integer.toString(colour & 0xFF))
                .end();
        if (placement.place(actor.id()).isPresent()) {
            Place place = placement.place(actor.id()).get();
            xml.start("viz:position").attribute("x", place.x()).attribute("y", -place.y()).attribute("z", 0).end();
            xml.start("viz:size").attribute("value", Math.max(1, place.height() / 2)).end();
        }
        xml.start("viz:shape").attribute("value", switch (actor.kind()) {
            case STATE -> "diamond";
            case ORGANIZATION, DELEGATION -> "square";
            default -> "disc";
        }).end();
        xml.end();
    }

    private static void edge(XmlOut xml, Repairs repairs, LinkFacts fact, Looks.Line line) throws IOException {
        repairs.at("link " + fact.id());
        xml.start("edge").attribute("id", fact.id()).attribute("source", fact.from()).attribute("target", fact.to())
                .attribute("label", fact.label()).attribute("kind", fact.relation());
        if (!fact.directed()) {
            xml.attribute("type", "undirected");
        }
        values(xml, Attributes.of(fact));
        xml.start("viz:thickness").attribute("value", line == Looks.Line.CONFLICT ? "2" : "1").end();
        xml.start("viz:shape").attribute("value", switch (line) {
            case SOLID -> "solid";
            case DOTTED -> "dotted";
            default -> "dashed";
        }).end();
        xml.end();
    }

    private static void values(XmlOut xml, Map<String, String> values) throws IOException {
        xml.start("attvalues");
        for (Map.Entry<String, String> value : values.entrySet()) {
            xml.start("attvalue").attribute("for", value.getKey()).attribute("value", value.getValue()).end();
        }
        xml.end();
    }
}
