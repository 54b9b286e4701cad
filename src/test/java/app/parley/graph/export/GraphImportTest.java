package app.parley.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.io.DatasetReader;
import app.parley.model.Actor;
import app.parley.model.Source;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** GraphML and GEXF files read back with jgrapht-io hold the same actors, links and attributes as the graph. */
class GraphImportTest {

    private static final ActorGraph GRAPH = ActorGraph.of(DatasetReader.istanbul());

    @TempDir
    Path folder;

    /** A graph read back: its vertex and edge ids, with the attributes of each. */
    private record Imported(Graph<String, String> graph, Map<String, Map<String, String>> vertices,
                            Map<String, Map<String, String>> edges) {
    }

    private static <I extends BaseEventDrivenImporter<String, String> & GraphImporter<String, String>> Imported read(
            I importer, Path file) throws IOException {
        Graph<String, String> graph = new DirectedPseudograph<>(null, SupplierUtil.createStringSupplier(), false);
        Map<String, Map<String, String>> vertices = new HashMap<>();
        Map<String, Map<String, String>> edges = new HashMap<>();
        importer.addVertexAttributeConsumer((pair, attribute) -> put(vertices, pair.getFirst(), pair.getSecond(),
                attribute));
        importer.addEdgeAttributeConsumer((pair, attribute) -> put(edges, pair.getFirst(), pair.getSecond(),
                attribute));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            importer.importGraph(graph, reader);
        }
        return new Imported(graph, vertices, edges);
    }

    private static void put(Map<String, Map<String, String>> into, String element, String key, Attribute value) {
        into.computeIfAbsent(element, k -> new HashMap<>()).put(key, value.getValue());
    }

    @Test
    void graphMlReadsBackWithEveryActorLinkAndAttribute() throws IOException {
        Path file = new GraphMlWriter().write(GRAPH, folder.resolve("map.graphml"));
        GraphMLImporter<String, String> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        Imported imported = read(importer, file);

        assertSameAsTheGraph(imported);
    }

    @Test
    void gexfReadsBackWithEveryActorLinkAndAttribute() throws IOException {
        Path file = new GexfWriter().write(GRAPH, folder.resolve("map.gexf"));
        SimpleGEXFImporter<String, String> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        Imported imported = read(importer, file);

        assertSameAsTheGraph(imported);
        Actor kalin = GRAPH.actor("kalin").orElseThrow();
        assertThat(imported.vertices().get(vertexNamed(imported, kalin.name())).get("label")).isEqualTo("İbrahim Kalın");
    }

    @Test
    void gexfGivesTheRelationsWithoutDirectionTheUndirectedType() throws Exception {
        Path file = new GexfWriter().write(GRAPH, folder.resolve("map.gexf"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList edges = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagNameNS("*", "edge");
        Map<String, String> types = new HashMap<>();
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            types.put(edge.getAttribute("id"), edge.getAttribute("type"));
        }

        assertThat(types).hasSize(GRAPH.links().size());
        long undirected = GRAPH.links().stream().filter(link -> !link.directed()).count();
        assertThat(undirected).isPositive();
        for (Link link : GRAPH.links()) {
            assertThat(types.get(link.id())).as(link.id()).isEqualTo(link.directed() ? "" : "undirected");
        }
    }

    private static void assertSameAsTheGraph(Imported imported) {
        assertThat(imported.graph().vertexSet()).hasSize(GRAPH.size());
        assertThat(imported.graph().edgeSet()).hasSize(GRAPH.links().size());
        for (Actor actor : GRAPH.actors()) {
            Map<String, String> attributes = imported.vertices().get(vertexNamed(imported, actor.name()));
            assertThat(attributes).as(actor.id())
                    .containsEntry("name", actor.name())
                    .containsEntry("kind", actor.kind().id())
                    .containsEntry("side", actor.side().id());
            assertThat(attributes.getOrDefault("aliases", "")).as(actor.id() + " aliases")
                    .isEqualTo(String.join("; ", actor.aliases()));
        }
        Map<String, Source> sources = new HashMap<>();
        GRAPH.dataset().sources().forEach(s -> sources.put(s.id(), s));
        int checked = 0;
        for (Link link : GRAPH.links()) {
            Map<String, String> attributes = edgeWithEvidence(imported, link);
            Source source = sources.get(link.evidence().sourceId());
            assertThat(attributes).as(link.id())
                    .containsEntry("label", link.label())
                    .containsEntry("relation", link.category())
                    .containsEntry("source_id", link.evidence().sourceId())
                    .containsEntry("evidence", source.excerpt(link.evidence()))
                    .containsEntry("directed", Boolean.toString(link.directed()));
            assertThat(attributes.get("sentence")).contains(source.excerpt(link.evidence()).replaceAll("\\s+", " "));
            checked++;
        }
        assertThat(checked).isEqualTo(GRAPH.links().size());
    }

    /** The imported vertex whose name attribute is {@code name} (importers may renumber vertices). */
    private static String vertexNamed(Imported imported, String name) {
        return imported.vertices().entrySet().stream().filter(e -> name.equals(e.getValue().get("name")))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("No vertex named " + name));
    }

    /** The imported edge with the link's exact offsets and type. */
    private static Map<String, String> edgeWithEvidence(Imported imported, Link link) {
        return imported.edges().values().stream()
                .filter(a -> Integer.toString(link.evidence().start()).equals(a.get("start"))
                        && Integer.toString(link.evidence().end()).equals(a.get("end"))
                        && link.category().equals(a.get("relation")) && link.label().equals(a.get("label")))
                .findFirst().orElseThrow(() -> new AssertionError("No edge for " + link.id()));
    }
}
