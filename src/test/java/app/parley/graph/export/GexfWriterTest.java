package app.parley.graph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.model.Actor;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GexfWriterTest {

    private static final ActorGraph GRAPH = Hostile.ISTANBUL;
    private static final Placement DRAWN = Hostile.grid(GRAPH);

    @TempDir
    Path folder;

    private static String gexf(ActorGraph graph, Placement placement, Repairs repairs) throws IOException {
        StringWriter out = new StringWriter();
        new GexfWriter().write(graph, placement, out, repairs);
        return out.toString();
    }

    @Test
    void istanbulIsGexf13ValidAgainstTheOfficialSchema() throws IOException {
        Document document = XmlChecks.parse(gexf(GRAPH, DRAWN, new Repairs()));

        assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("1.3");
        assertThat(XmlChecks.elements(document, GexfWriter.VIZ, "color")).hasSize(GRAPH.size());
        // The published gexf.xsd (converted from the RELAX NG) declares the viz elements in the GEXF namespace, so
        // it validates everything but them; the RELAX NG, which Gephi follows, is checked below with xmllint.
        XmlChecks.validate(XmlChecks.without(document, GexfWriter.VIZ), XmlChecks.SCHEMAS.resolve("gexf-1.3/gexf.xsd"));
    }

    @Test
    void istanbulIsValidAgainstTheOfficialRelaxNgWithItsVizData() throws Exception {
        assumeTrue(XmlChecks.onPath("xmllint"), "xmllint (libxml2-utils) is not installed");
        Path file = folder.resolve("map.gexf");
        new GexfWriter().write(GRAPH, DRAWN, file);
        XmlChecks.Result result = XmlChecks.run("", folder, "xmllint", "--noout", "--relaxng",
                XmlChecks.SCHEMAS.resolve("gexf-1.3/gexf.rng").toAbsolutePath().toString(), file.toString());

        assertThat(result.errors()).contains("validates");
        assertThat(result.code()).isZero();
    }

    @Test
    void everyLinkIsKeptWithItsKindAndOnlyUndirectedOnesSayTheirType() throws IOException {
        Document document = XmlChecks.parse(gexf(GRAPH, DRAWN, new Repairs()));
        Element graph = XmlChecks.elements(document, GexfWriter.NAMESPACE, "graph").get(0);
        Map<String, Element> edges = new HashMap<>();
        XmlChecks.elements(document, GexfWriter.NAMESPACE, "edge").forEach(e -> edges.put(e.getAttribute("id"), e));

        assertThat(graph.hasAttribute("defaultedgetype")).as("no default to conflict with").isFalse();
        assertThat(edges).hasSize(GRAPH.links().size());
        long undirected = GRAPH.links().stream().filter(link -> !link.directed()).count();
        assertThat(undirected).isPositive();
        for (Link link : GRAPH.links()) {
            Element edge = edges.get(link.id());
            assertThat(edge.getAttribute("type")).as(link.id()).isEqualTo(link.directed() ? "" : "undirected");
            assertThat(edge.getAttribute("kind")).isEqualTo(link.category());
            assertThat(edge.getAttribute("label")).isEqualTo(link.label());
            assertThat(edge.getAttribute("source")).isEqualTo(link.fromId());
        }
    }

    @Test
    void nodesCarryTheSideColourThePositionDrawnAndASize() throws IOException {
        Document document = XmlChecks.parse(gexf(GRAPH, DRAWN, new Repairs()));
        for (Element node : XmlChecks.elements(document, GexfWriter.NAMESPACE, "node")) {
            Actor actor = GRAPH.actor(node.getAttribute("id")).orElseThrow();
            Place place = DRAWN.place(actor.id()).orElseThrow();
            Element colour = child(node, "color");
            Element position = child(node, "position");
            int rgb = DRAWN.colour(actor.side());
            assertThat(List.of(colour.getAttribute("r"), colour.getAttribute("g"), colour.getAttribute("b")))
                    .containsExactly(Integer.toString(rgb >> 16), Integer.toString(rgb >> 8 & 0xFF),
                            Integer.toString(rgb & 0xFF));
            assertThat(Double.parseDouble(position.getAttribute("x"))).isEqualTo(place.x(), org.assertj.core.data
                    .Offset.offset(0.01));
            assertThat(Double.parseDouble(position.getAttribute("y"))).as("y points up in Gephi")
                    .isEqualTo(-place.y(), org.assertj.core.data.Offset.offset(0.01));
            assertThat(Double.parseDouble(child(node, "size").getAttribute("value"))).isPositive();
            assertThat(node.getAttribute("label")).isEqualTo(actor.name());
        }
    }

    @Test
    void jgraphtReadsEveryActorAndLinkWithTheirAttributesWithoutItsGexf12Schema() throws IOException {
        Graph<String, String> graph = new DirectedPseudograph<>(null, SupplierUtil.createStringSupplier(), false);
        Map<String, Map<String, String>> vertices = new HashMap<>();
        Map<String, Map<String, String>> edges = new HashMap<>();
        SimpleGEXFImporter<String, String> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        importer.setSchemaValidation(false);
        importer.addVertexAttributeConsumer((pair, value) -> vertices.computeIfAbsent(pair.getFirst(),
                k -> new HashMap<>()).put(pair.getSecond(), value.getValue()));
        importer.addEdgeAttributeConsumer((pair, value) -> edges.computeIfAbsent(pair.getFirst(),
                k -> new HashMap<>()).put(pair.getSecond(), value.getValue()));
        importer.importGraph(graph, new StringReader(gexf(GRAPH, DRAWN, new Repairs())));

        assertThat(graph.vertexSet()).hasSize(GRAPH.size());
        assertThat(graph.edgeSet()).hasSize(GRAPH.links().size());
        assertThat(vertices.values()).extracting(v -> v.get("name")).contains("İbrahim Kalın");
        assertThat(edges.values()).extracting(e -> e.get("relation")).contains("met-with", "role", "leads");
    }

    @Test
    void networkxReadsEveryLinkWithoutComplaint() throws Exception {
        assumeTrue(XmlChecks.onPath("python3"), "python3 is not installed");
        Path file = folder.resolve("map.gexf");
        new GexfWriter().write(GRAPH, DRAWN, file);
        XmlChecks.Result probe = XmlChecks.run("", folder, "python3", "-c", "import networkx");
        assumeTrue(probe.code() == 0, "networkx is not installed");
        XmlChecks.Result result = XmlChecks.run("", folder, "python3", "-c",
                "import networkx as nx; g = nx.read_gexf('map.gexf'); "
                        + "print(g.number_of_nodes(), g.number_of_edges(), "
                        + "sum(1 for _, _, d in g.edges(data=True) if d['directed']), "
                        + "g.nodes['kalin']['label'], g.nodes['kalin']['viz']['color'])");

        long directed = GRAPH.links().stream().filter(Link::directed).count();
        assertThat(result.output().strip()).as(result.errors()).startsWith(GRAPH.size() + " " + GRAPH.links().size()
                + " " + directed + " İbrahim Kalın {'r': 0, 'g': 158, 'b': 115");
    }

    @Test
    void charactersXmlCannotHoldAreReplacedAndCounted() throws IOException {
        Repairs repairs = new Repairs();
        String xml = gexf(Hostile.graph(), Placement.none(), repairs);
        Document document = XmlChecks.parse(xml);

        assertThat(repairs.count()).isEqualTo(6);
        assertThat(repairs.summary("GEXF")).contains("actor xml");
        assertThat(XmlChecks.elements(document, GexfWriter.NAMESPACE, "node")).extracting(n -> n.getAttribute("label"))
                .contains("Bell\uFFFD high\uFFFD low\uFFFD end", Hostile.DOT_BREAKOUT, "Two\nlines");
        XmlChecks.validate(XmlChecks.without(document, GexfWriter.VIZ), XmlChecks.SCHEMAS.resolve("gexf-1.3/gexf.xsd"));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndSaysWhy() throws IOException {
        Path file = Files.writeString(folder.resolve("map.gexf"), "old");
        Path blocked = folder.resolve("no-such-folder-file");
        Files.writeString(blocked, "x");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GexfWriter().write(GRAPH, DRAWN,
                blocked.resolve("map.gexf"))).isInstanceOf(IOException.class);
        assertThat(Files.readString(file)).isEqualTo("old");
    }

    private static Element child(Element node, String name) {
        return (Element) node.getElementsByTagNameNS(GexfWriter.VIZ, name).item(0);
    }
}
