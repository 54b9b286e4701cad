package app.parley.graph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.io.interop.XmlIds;
import app.parley.model.Actor;
import app.parley.model.Source;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GraphMlWriterTest {

    private static final ActorGraph GRAPH = Hostile.ISTANBUL;
    private static final Placement DRAWN = Hostile.grid(GRAPH);

    @TempDir
    Path folder;

    private static String graphml(ActorGraph graph, Placement placement, Repairs repairs) throws IOException {
        StringWriter out = new StringWriter();
        new GraphMlWriter().write(graph, placement, out, repairs);
        return out.toString();
    }

    @Test
    void istanbulIsValidAgainstTheOfficialGraphMlSchemaOnceYedsExtensionIsSetAside() throws IOException {
        Document document = XmlChecks.parse(graphml(GRAPH, DRAWN, new Repairs()));
        // yEd's graphics extend <data> and its keys the way GraphML lets extensions do it (by redefining the
        // schema, as yEd's own ygraphml.xsd does); the official schema checks everything else.
        XmlChecks.without(document, GraphMlWriter.YED);
        XmlChecks.elements(document, GraphMlWriter.NAMESPACE, "key").forEach(k -> k.removeAttribute("yfiles.type"));

        XmlChecks.validate(document, XmlChecks.SCHEMAS.resolve("graphml/graphml.xsd"));
    }

    @Test
    void labelsHaveOneKeyForNodesAndAnotherForEdges() throws IOException {
        Document document = XmlChecks.parse(graphml(GRAPH, DRAWN, new Repairs()));
        Map<String, String> labelKeys = new HashMap<>();
        for (Element key : XmlChecks.elements(document, GraphMlWriter.NAMESPACE, "key")) {
            assertThat(key.getAttribute("for")).as(key.getAttribute("id")).isNotEqualTo("all");
            if (key.getAttribute("attr.name").equals("label")) {
                labelKeys.put(key.getAttribute("for"), key.getAttribute("id"));
            }
        }

        assertThat(labelKeys).containsOnlyKeys("node", "edge");
    }

    @Test
    void yedGraphicsDrawEachActorAndLinkAsParleyDoes() throws IOException {
        Document document = XmlChecks.parse(graphml(GRAPH, DRAWN, new Repairs()));
        List<Element> nodes = XmlChecks.elements(document, GraphMlWriter.NAMESPACE, "node");
        assertThat(nodes).hasSize(GRAPH.size());
        for (Element node : nodes) {
            Actor actor = GRAPH.actor(node.getAttribute("id")).orElseThrow();
            Place place = DRAWN.place(actor.id()).orElseThrow();
            Element shape = yed(node, "ShapeNode");
            Element geometry = yed(shape, "Geometry");
            assertThat(Double.parseDouble(geometry.getAttribute("x"))).isCloseTo(place.x() - place.width() / 2,
                    Offset.offset(0.01));
            assertThat(Double.parseDouble(geometry.getAttribute("y"))).isCloseTo(place.y() - place.height() / 2,
                    Offset.offset(0.01));
            assertThat(geometry.getAttribute("width")).isEqualTo("120");
            assertThat(yed(shape, "NodeLabel").getTextContent()).isEqualTo(actor.name());
            assertThat(yed(shape, "BorderStyle").getAttribute("color")).isEqualTo(DRAWN.hex(actor.side()));
            assertThat(yed(shape, "Shape").getAttribute("type")).isEqualTo(switch (actor.kind()) {
                case PERSON -> "roundrectangle";
                case STATE -> "hexagon";
                case DELEGATION -> "rectangle3d";
                case ORGANIZATION -> "rectangle";
            });
        }
        Map<String, Element> edges = new HashMap<>();
        XmlChecks.elements(document, GraphMlWriter.NAMESPACE, "edge").forEach(e -> edges.put(e.getAttribute("id"), e));
        for (Link link : GRAPH.links()) {
            Element line = yed(edges.get(link.id()), "PolyLineEdge");
            assertThat(yed(line, "EdgeLabel").getTextContent()).isEqualTo(link.label());
            assertThat(yed(line, "Arrows").getAttribute("target")).isEqualTo(link.directed() ? "standard" : "none");
            assertThat(yed(line, "LineStyle").getAttribute("type")).isEqualTo(switch (Looks.line(link)) {
                case SOLID -> "line";
                case DASHED -> "dashed";
                case CONFLICT -> "dashed_dotted";
                case DOTTED -> "dotted";
            });
        }
    }

    @Test
    void jgraphtReadsEveryActorLinkAndAttribute() throws IOException {
        Graph<String, String> graph = new DirectedPseudograph<>(null, SupplierUtil.createStringSupplier(), false);
        Map<String, Map<String, String>> vertices = new HashMap<>();
        Map<String, Map<String, String>> edges = new HashMap<>();
        GraphMLImporter<String, String> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((pair, value) -> vertices.computeIfAbsent(pair.getFirst(),
                k -> new HashMap<>()).put(pair.getSecond(), value.getValue()));
        importer.addEdgeAttributeConsumer((pair, value) -> edges.computeIfAbsent(pair.getFirst(),
                k -> new HashMap<>()).put(pair.getSecond(), value.getValue()));
        importer.importGraph(graph, new StringReader(graphml(GRAPH, DRAWN, new Repairs())));

        assertThat(graph.vertexSet()).hasSize(GRAPH.size());
        assertThat(graph.edgeSet()).hasSize(GRAPH.links().size());
        Source source = GRAPH.dataset().sources().get(0);
        for (Actor actor : GRAPH.actors()) {
            assertThat(vertices.get(actor.id())).containsEntry("label", actor.name())
                    .containsEntry("kind", actor.kind().id()).containsEntry("side", actor.side().id());
        }
        for (Link link : GRAPH.links()) {
            Map<String, String> values = edges.values().stream()
                    .filter(e -> Integer.toString(link.evidence().start()).equals(e.get("start"))
                            && Integer.toString(link.evidence().end()).equals(e.get("end"))
                            && link.category().equals(e.get("relation")) && link.label().equals(e.get("label")))
                    .findFirst().orElseThrow();
            assertThat(values).containsEntry("relation", link.category())
                    .containsEntry("evidence", source.excerpt(link.evidence()))
                    .containsEntry("directed", Boolean.toString(link.directed()));
        }
    }

    @Test
    void networkxReadsBothLabelsAndEveryLink() throws Exception {
        assumeTrue(XmlChecks.onPath("python3"), "python3 is not installed");
        assumeTrue(XmlChecks.run("", folder, "python3", "-c", "import networkx").code() == 0,
                "networkx is not installed");
        new GraphMlWriter().write(GRAPH, DRAWN, folder.resolve("map.graphml"));
        XmlChecks.Result result = XmlChecks.run("", folder, "python3", "-c",
                "import networkx as nx; g = nx.read_graphml('map.graphml'); "
                        + "e = [d for _, _, d in g.edges(data=True)]; "
                        + "print(g.number_of_nodes(), g.number_of_edges(), g.nodes['kalin']['label'], "
                        + "sum(1 for d in e if d.get('label')))");

        assertThat(result.output().strip()).as(result.errors()).isEqualTo(GRAPH.size() + " " + GRAPH.links().size()
                + " İbrahim Kalın " + GRAPH.links().size());
    }

    @Test
    void hostileTextStaysWellFormedAndValid() throws IOException {
        Repairs repairs = new Repairs();
        Document document = XmlChecks.parse(graphml(Hostile.graph(), Placement.none(), repairs));

        assertThat(repairs.count()).as("a bell and two lone surrogates, in the label, name and yEd label").isEqualTo(9);
        assertThat(XmlChecks.elements(document, GraphMlWriter.NAMESPACE, "node"))
                .extracting(n -> XmlIds.decode(n.getAttribute("id"))).contains("evil\"id", "slash\\", "line\nbreak");
        XmlChecks.without(document, GraphMlWriter.YED);
        XmlChecks.elements(document, GraphMlWriter.NAMESPACE, "key").forEach(k -> k.removeAttribute("yfiles.type"));
        XmlChecks.validate(document, XmlChecks.SCHEMAS.resolve("graphml/graphml.xsd"));
    }

    private static Element yed(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(GraphMlWriter.YED, name).item(0);
    }
}
