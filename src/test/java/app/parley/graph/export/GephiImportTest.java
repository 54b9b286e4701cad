package app.parley.graph.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import app.parley.io.interop.DatasetFiles;
import app.parley.io.interop.Opened;
import app.parley.model.Actor;
import app.parley.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Node;
import org.gephi.io.exporter.api.ExportController;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.EdgeMergeStrategy;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.importer.impl.ImportContainerImpl;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openide.util.Lookup;

/**
 * Gephi 0.10.1's own importer (the toolkit, headless) opens Parley's GEXF and GraphML with every link, as drawn, and
 * the files Gephi itself writes open in Parley.
 */
class GephiImportTest {

    private static final ActorGraph GRAPH = Hostile.ISTANBUL;
    private static final Placement DRAWN = Hostile.grid(GRAPH);

    @TempDir
    Path folder;

    /** What Gephi made of a file: its graph and the issues its import report lists. */
    private record Imported(GraphModel model, List<String> issues) {
    }

    private static synchronized Imported open(Path file, boolean keepParallelLinks) throws IOException {
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(file.toFile());
        if (keepParallelLinks) {
            // What choosing "Edges merge strategy: Don't merge" in Gephi's import dialog does.
            ((ImportContainerImpl) container).setEdgesMergeStrategy(EdgeMergeStrategy.NO_MERGE);
        }
        List<String> issues = new ArrayList<>();
        container.getReport().getIssues(100).forEachRemaining(issue -> {
            if (issue.getLevel().toInteger() >= Issue.Level.WARNING.toInteger()) {
                issues.add(issue.getMessage());
            }
        });
        importer.process(container, new DefaultProcessor(), workspace);
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        return new Imported(model, issues);
    }

    @Test
    void gephiOpensTheGexfWithEveryLinkColourAndPosition() throws IOException {
        Path file = folder.resolve("map.gexf");
        new GexfWriter().write(GRAPH, DRAWN, file);
        Imported imported = open(file, false);

        assertThat(imported.issues()).isEmpty();
        assertThat(imported.model().getGraph().getNodeCount()).isEqualTo(GRAPH.size());
        assertThat(imported.model().getGraph().getEdgeCount()).isEqualTo(GRAPH.links().size());
        long undirected = GRAPH.links().stream().filter(link -> !link.directed()).count();
        long gephiUndirected = 0;
        for (Edge edge : imported.model().getGraph().getEdges()) {
            gephiUndirected += edge.isDirected() ? 0 : 1;
        }
        assertThat(gephiUndirected).isEqualTo(undirected);
        // Gephi may scale and move the drawing as a whole when it imports it; the picture stays the same.
        Actor first = GRAPH.actors().get(0);
        Actor second = GRAPH.actors().get(1);
        Node a = imported.model().getGraph().getNode(first.id());
        Node b = imported.model().getGraph().getNode(second.id());
        Place placeA = DRAWN.place(first.id()).orElseThrow();
        double scale = (b.x() - a.x()) / (DRAWN.place(second.id()).orElseThrow().x() - placeA.x());
        assertThat(scale).isPositive();
        for (Actor actor : GRAPH.actors()) {
            Node node = imported.model().getGraph().getNode(actor.id());
            Place place = DRAWN.place(actor.id()).orElseThrow();
            int rgb = DRAWN.colour(actor.side());
            assertThat(node.getLabel()).isEqualTo(actor.name());
            assertThat(node.getColor().getRGB() & 0xFFFFFF).as(actor.id()).isEqualTo(rgb);
            assertThat((double) node.x()).as(actor.id() + " x")
                    .isCloseTo(a.x() + scale * (place.x() - placeA.x()), Offset.offset(0.05));
            assertThat((double) node.y()).as(actor.id() + " y, pointing up")
                    .isCloseTo(a.y() - scale * (place.y() - placeA.y()), Offset.offset(0.05));
        }
        for (Link link : GRAPH.links()) {
            Edge edge = imported.model().getGraph().getEdge(link.id());
            assertThat(edge).as(link.id()).isNotNull();
            assertThat(edge.getLabel()).isEqualTo(link.label());
        }
    }

    @Test
    void gephiOpensTheGraphMlWithBothLabelsAndEveryLinkWhenAskedNotToMergeParallelOnes() throws IOException {
        Path file = folder.resolve("map.graphml");
        new GraphMlWriter().write(GRAPH, DRAWN, file);
        Imported imported = open(file, true);

        assertThat(imported.model().getGraph().getNodeCount()).isEqualTo(GRAPH.size());
        assertThat(imported.model().getGraph().getEdgeCount()).isEqualTo(GRAPH.links().size());
        for (Actor actor : GRAPH.actors()) {
            assertThat(imported.model().getGraph().getNode(actor.id()).getLabel()).isEqualTo(actor.name());
        }
        for (Link link : GRAPH.links()) {
            assertThat(imported.model().getGraph().getEdge(link.id()).getLabel()).as(link.id())
                    .isEqualTo(link.label());
        }
    }

    @Test
    void filesGephiWritesOpenInParleyWithEveryActorLinkAndPosition() throws IOException {
        Path gexf = folder.resolve("map.gexf");
        new GexfWriter().write(GRAPH, DRAWN, gexf);
        open(gexf, false);
        ExportController exporter = Lookup.getDefault().lookup(ExportController.class);
        Path fromGephi = folder.resolve("from-gephi.gexf");
        Path graphmlFromGephi = folder.resolve("from-gephi.graphml");
        exporter.exportFile(fromGephi.toFile());
        exporter.exportFile(graphmlFromGephi.toFile());

        for (Path file : List.of(fromGephi, graphmlFromGephi)) {
            Opened opened = new DatasetFiles().open(file);
            assertThat(opened.result().errors()).as(file.getFileName().toString()).isEmpty();
            Dataset dataset = opened.result().dataset();
            assertThat(dataset.actors()).as(file.getFileName().toString()).hasSize(GRAPH.size());
            assertThat(dataset.actors()).extracting(Actor::name)
                    .containsExactlyInAnyOrderElementsOf(GRAPH.actors().stream().map(Actor::name).toList());
            assertThat(ActorGraph.of(dataset).links()).as(file.getFileName().toString())
                    .hasSize(GRAPH.links().size());
            assertThat(opened.positions()).hasSize(GRAPH.size());
        }
    }
}
