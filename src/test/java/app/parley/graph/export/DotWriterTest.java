package app.parley.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.io.DatasetReader;
import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.Relation;
import app.parley.model.RelationType;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

class DotWriterTest {

    private static final ActorGraph GRAPH = ActorGraph.of(DatasetReader.istanbul());

    @Test
    void dotReadsBackWithEveryActorLabelledShapedAndColouredBySide() {
        StringWriter out = new StringWriter();
        new DotWriter().write(GRAPH, out);
        String dot = out.toString();
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

        assertThat(graph.vertexSet()).hasSize(GRAPH.size());
        assertThat(graph.edgeSet()).hasSize(GRAPH.links().size());
        Actor kalin = GRAPH.actor("kalin").orElseThrow();
        assertThat(vertices.get("kalin")).containsEntry("label", kalin.name()).containsEntry("color", "#009e73")
                .containsEntry("shape", "box").containsEntry("style", "rounded,filled");
        assertThat(vertices.get("ukrainian-delegation")).containsEntry("peripheries", "2");
        assertThat(vertices.get("russia")).containsEntry("shape", "hexagon").containsEntry("color", "#d55e00");
        assertThat(edges.values()).extracting(e -> e.get("label")).contains("met with", "leads", "Foreign Minister");
        assertThat(edges.values()).anySatisfy(e -> assertThat(e).containsEntry("style", "dotted"));
        assertThat(edges.values()).anySatisfy(e -> assertThat(e).containsEntry("dir", "none"));
        assertThat(dot).startsWith("digraph parley {").contains("overlap=prism;")
                .contains("label=\"" + GRAPH.dataset().title() + "\";");
    }

    @Test
    void quotesInNamesAndIdsSurviveAsDotStrings() {
        Source source = new Source("s", "T", "P", null, "en", null, "They met.", null);
        ActorGraph graph = ActorGraph.of(new Dataset("A \"quoted\" map", List.of(source), List.of(
                new Actor("o'brien", "Conor \"the Envoy\" O'Brien", ActorKind.PERSON, List.of(), Side.OTHER),
                new Actor("x-1", "X", ActorKind.STATE, List.of(), Side.UKRAINE)), List.of(),
                List.of(new Relation("r", "o'brien", RelationType.MET_WITH, "x-1", new Span("s", 0, 8))), List.of()));
        StringWriter out = new StringWriter();
        new DotWriter().write(graph, out);
        Map<String, String> labels = new HashMap<>();
        DOTImporter<String, String> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((pair, attribute) -> {
            if (pair.getSecond().equals("label")) {
                labels.put(pair.getFirst(), attribute.getValue());
            }
        });
        importer.importGraph(new DirectedPseudograph<>(SupplierUtil.createStringSupplier(),
                SupplierUtil.createStringSupplier(), false), new StringReader(out.toString()));

        assertThat(labels).containsEntry("o'brien", "Conor \"the Envoy\" O'Brien").containsEntry("x-1", "X");
    }
}
