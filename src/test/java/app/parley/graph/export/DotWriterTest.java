package app.parley.graph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.parley.graph.ActorGraph;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotWriterTest {

    private static final ActorGraph GRAPH = Hostile.ISTANBUL;

    @TempDir
    Path folder;

    private static String dot(ActorGraph graph, Placement placement) throws IOException {
        StringWriter out = new StringWriter();
        new DotWriter().write(graph, placement, out, new Repairs());
        return out.toString();
    }

    /** The vertices and edges JGraphT's DOT reader finds, with their attributes. */
    private record Read(Graph<String, String> graph, Map<String, Map<String, String>> vertices,
                        List<Map<String, String>> edges) {

        static Read of(String dot) {
            Graph<String, String> graph = new DirectedPseudograph<>(SupplierUtil.createStringSupplier(),
                    SupplierUtil.createStringSupplier(), false);
            Map<String, Map<String, String>> vertices = new HashMap<>();
            Map<String, Map<String, String>> edges = new HashMap<>();
            DOTImporter<String, String> importer = new DOTImporter<>();
            importer.setVertexFactory(id -> id);
            importer.addVertexAttributeConsumer((pair, attribute) -> vertices.computeIfAbsent(pair.getFirst(),
                    k -> new HashMap<>()).put(pair.getSecond(), attribute.getValue()));
            importer.addEdgeAttributeConsumer((pair, attribute) -> edges.computeIfAbsent(pair.getFirst(),
                    k -> new HashMap<>()).put(pair.getSecond(), attribute.getValue()));
            importer.importGraph(graph, new StringReader(dot));
            return new Read(graph, vertices, new ArrayList<>(edges.values()));
        }
    }

    @Test
    void dotReadsBackWithEveryActorLabelledShapedAndColouredBySide() throws IOException {
        String dot = dot(GRAPH, Placement.none());
        Read read = Read.of(dot);

        assertThat(read.graph().vertexSet()).hasSize(GRAPH.size());
        assertThat(read.graph().edgeSet()).hasSize(GRAPH.links().size());
        Actor kalin = GRAPH.actor("kalin").orElseThrow();
        assertThat(read.vertices().get("kalin")).containsEntry("label", kalin.name())
                .containsEntry("color", "#009e73").containsEntry("shape", "box")
                .containsEntry("style", "rounded,filled");
        assertThat(read.vertices().get("ukrainian-delegation")).containsEntry("peripheries", "2");
        assertThat(read.vertices().get("russia")).containsEntry("shape", "hexagon").containsEntry("color", "#d55e00");
        assertThat(read.edges()).extracting(e -> e.get("label")).contains("met with", "leads", "Foreign Minister");
        assertThat(read.edges()).anySatisfy(e -> assertThat(e).containsEntry("style", "dotted"));
        assertThat(read.edges()).anySatisfy(e -> assertThat(e).containsEntry("dir", "none"));
        assertThat(dot).startsWith("digraph parley {").contains("overlap=prism;").contains("splines=true;")
                .contains("label=\"" + GRAPH.dataset().title() + "\";");
    }

    @Test
    void hostileNamesStayInsideTheirStringsAndAddNoNode() throws IOException {
        String dot = dot(Hostile.graph(), Placement.none());
        List<String> statements = DotStatements.of(dot);

        assertThat(statements).as("7 settings, 5 actors, 3 links").hasSize(15);
        assertThat(statements.subList(7, 12)).allSatisfy(s -> assertThat(s).startsWith("\"").doesNotContain("->"));
        assertThat(statements.subList(12, 15)).allSatisfy(s -> assertThat(s).contains(" -> "));
        assertThat(dot).contains("\"Trailing\\\\\"").contains("\"Two\\nlines\"")
                .contains("Evil \\\\\\\"]; injected [URL=\\\"javascript");
    }

    @Test
    void graphvizDrawsHostileNamesAsTextWithoutInjectedNodesOrLinks() throws Exception {
        assumeTrue(XmlChecks.onPath("dot"), "Graphviz is not installed");
        XmlChecks.Result json = XmlChecks.run(dot(Hostile.graph(), Placement.none()), folder, "dot", "-Tjson");

        assertThat(json.code()).as(json.output()).isZero();
        JsonNode objects = new ObjectMapper().readTree(json.output()).path("objects");
        List<String> labels = new ArrayList<>();
        objects.forEach(node -> labels.add(node.path("label").asText()));
        assertThat(objects).hasSize(5);
        assertThat(labels).as("labels as Graphviz read them, before it resolves their escapes")
                .contains("Evil \\\\\"]; injected [URL=\"javascript:alert(1)\" label=\"pwned", "Trailing\\\\",
                        "Two\\nlines");
        XmlChecks.Result svg = XmlChecks.run(dot(Hostile.graph(), Placement.none()), folder, "dot", "-Tsvg");
        assertThat(svg.code()).isZero();
        assertThat(svg.output()).doesNotContain("xlink:href=\"javascript").contains("Trailing\\</text>")
                .contains("Evil \\&quot;]; injected [URL=&quot;javascript:alert(1)&quot; label=&quot;pwned</text>");
    }

    @Test
    void positionsArePinnedSoNeatoReproducesTheDrawing() throws Exception {
        Placement drawn = Hostile.grid(GRAPH);
        String dot = dot(GRAPH, drawn);
        Read read = Read.of(dot);
        Place kalin = drawn.place("kalin").orElseThrow();

        assertThat(read.vertices().get("kalin")).containsEntry("pos", Numbers.plain(kalin.x()) + ","
                + Numbers.plain(-kalin.y()) + "!");
        assumeTrue(XmlChecks.onPath("neato"), "Graphviz is not installed");
        XmlChecks.Result drawnByNeato = XmlChecks.run(dot, folder, "neato", "-n2", "-Tjson");
        assertThat(drawnByNeato.code()).as(drawnByNeato.output()).isZero();
        JsonNode objects = new ObjectMapper().readTree(drawnByNeato.output()).path("objects");
        JsonNode bounds = new ObjectMapper().readTree(drawnByNeato.output()).path("bb");
        double minX = Double.parseDouble(bounds.asText().split(",")[0]);
        double minY = Double.parseDouble(bounds.asText().split(",")[1]);
        Map<String, double[]> positions = new HashMap<>();
        objects.forEach(node -> {
            String[] xy = node.path("pos").asText().split(",");
            positions.put(node.path("name").asText(), new double[] {Double.parseDouble(xy[0]),
                    Double.parseDouble(xy[1])});
        });
        assertThat(positions).hasSize(GRAPH.size());
        double[] origin = positions.get(GRAPH.actors().get(0).id());
        Place first = drawn.place(GRAPH.actors().get(0).id()).orElseThrow();
        for (Actor actor : GRAPH.actors()) {
            Place place = drawn.place(actor.id()).orElseThrow();
            double[] at = positions.get(actor.id());
            assertThat(at[0] - origin[0]).as(actor.id() + " x").isCloseTo(place.x() - first.x(),
                    org.assertj.core.data.Offset.offset(1.0));
            assertThat(at[1] - origin[1]).as(actor.id() + " y").isCloseTo(first.y() - place.y(),
                    org.assertj.core.data.Offset.offset(1.0));
        }
        assertThat(minX).isLessThanOrEqualTo(origin[0]);
        assertThat(minY).isLessThanOrEqualTo(origin[1]);
    }

    @Test
    void bigMapsAskForNoCurvedLinks() throws IOException {
        Source source = new Source("s", "T", "P", null, "en", null, "They met.", null);
        List<Actor> actors = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i <= DotWriter.CURVED_LINKS_UP_TO; i++) {
            actors.add(new Actor("a" + i, "A" + i, ActorKind.STATE, List.of(), Side.OTHER));
        }
        for (int i = 0; i <= DotWriter.CURVED_LINKS_UP_TO; i++) {
            relations.add(new Relation("r" + i, "a" + i, RelationType.MET_WITH, "a" + (i + 1) % actors.size(),
                    new Span("s", 0, 8)));
        }
        ActorGraph big = ActorGraph.of(new Dataset("big", List.of(source), actors, List.of(), relations, List.of()));

        assertThat(dot(big, Placement.none())).doesNotContain("splines");
        assertThat(dot(big, Hostile.grid(big))).contains("splines=line;");
    }
}
