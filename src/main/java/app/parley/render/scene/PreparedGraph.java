package app.parley.render.scene;

import app.parley.graph.ActorGraph;
import app.parley.graph.GraphEdit;
import app.parley.layout.Layout;
import app.parley.layout.LayoutGraph;
import app.parley.layout.LayoutModel;
import app.parley.layout.LayoutMonitor;
import app.parley.model.Dataset;
import app.parley.model.Source;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A dataset made ready to lay out and draw: its graph, every card measured once in a theme, the layout topology with
 * those card sizes, the legend and the source line. Shared by the window and the headless export.
 */
public final class PreparedGraph {

    /** The most sources named in the citation line; a year of coverage has thousands. */
    private static final int CITED_SOURCES = 3;

    private final ActorGraph graph;
    private final Theme theme;
    private final TextMeasurer measurer;
    private final List<NodeCard> cards;
    private LayoutGraph layoutGraph;
    /** The edit that keeps every card and link, made on the first move (a drag moves cards at every frame). */
    private GraphEdit unchanged;
    private final SceneBuilder sceneBuilder;
    private final Legend legend;
    private final String citation;

    private PreparedGraph(ActorGraph graph, Theme theme, TextMeasurer measurer) {
        this.graph = graph;
        this.theme = theme;
        this.measurer = measurer;
        this.cards = NodeCards.measure(graph, theme, measurer);
        this.layoutGraph = layoutGraphOf(graph, cards);
        this.sceneBuilder = new SceneBuilder(graph, cards, theme, measurer);
        this.legend = Legend.of(graph);
        this.citation = citation(graph.dataset().sources());
    }

    /** The graph of an edit, with the cards of {@code before} reused where the edit left them alone. */
    private PreparedGraph(PreparedGraph before, GraphEdit edit) {
        this.graph = edit.after();
        this.theme = before.theme;
        this.measurer = before.measurer;
        int[] origins = edit.vertexOrigins();
        BitSet fresh = edit.freshVertices();
        BitSet holders = new BitSet(graph.size());
        for (String id : edit.roleHolders()) {
            int v = graph.indexOf(id);
            if (v >= 0) {
                holders.set(v);
            }
        }
        NodeCard[] measured = new NodeCard[graph.size()];
        for (int v = 0; v < measured.length; v++) {
            boolean same = origins[v] >= 0 && !fresh.get(v) && !holders.get(v);
            measured[v] = same ? before.cards.get(origins[v])
                    : NodeCards.measure(graph, graph.actors().get(v), theme, measurer);
        }
        this.cards = Arrays.asList(measured);
        this.sceneBuilder = new SceneBuilder(graph, cards, theme, measurer, before.sceneBuilder.labelWidths());
        this.legend = before.legend.after(edit);
        this.citation = citation(graph.dataset().sources());
    }

    private static LayoutGraph layoutGraphOf(ActorGraph graph, List<NodeCard> cards) {
        double[] widths = cards.stream().mapToDouble(NodeCard::width).toArray();
        double[] heights = cards.stream().mapToDouble(NodeCard::height).toArray();
        return LayoutGraph.of(graph, widths, heights);
    }

    /**
     * A prepared graph and the edit it was made by.
     *
     * @param prepared the graph of the edited dataset, its cards measured
     * @param edit     how its graph relates to the one before
     */
    public record Edited(PreparedGraph prepared, GraphEdit edit) {
    }

    /**
     * The prepared graph of {@code after}, an edit of this graph's dataset, made by changing only what the edit changed:
     * only new and changed actors' cards are measured. Empty when the graph must be built anew ({@link
     * ActorGraph#edit}); this graph's JGraphT graph then belongs to the edited one.
     */
    public Optional<Edited> edit(Dataset after) {
        return graph.edit(after).map(edit -> new Edited(new PreparedGraph(this, edit), edit));
    }

    /**
     * The scene of this (edited) graph for {@code layout}, made from {@code before}, the scene of the graph before
     * {@code edit} (built with every link labelled, cards at their measured size), by changing only the shapes and
     * labels the edit touched; it equals the scene built whole. Empty when it must be built whole.
     */
    public Optional<Scene> editScene(Scene before, GraphEdit edit, LayoutModel layout) {
        return Optional.ofNullable(SceneEdit.apply(before, edit, sceneBuilder, layout));
    }

    /**
     * The scene of this graph for {@code layout}, made from {@code before}, its scene for other positions (built with
     * every link labelled, cards at their measured size), by placing again only the cards that moved, routing again
     * their links and placing again the labels that can change; it equals the scene built whole. Empty when it must
     * be built whole.
     */
    public Optional<Scene> moveScene(Scene before, LayoutModel layout) {
        if (unchanged == null) {
            unchanged = GraphEdit.unchanged(graph);
        }
        return Optional.ofNullable(SceneEdit.apply(before, unchanged, sceneBuilder, layout));
    }

    /** The sources as one line: every citation, or the first few and how many more when there are many. */
    static String citation(List<Source> sources) {
        String cited = sources.stream().limit(CITED_SOURCES).map(Source::citation).collect(Collectors.joining("; "));
        int more = sources.size() - CITED_SOURCES;
        return more <= 0 ? cited : String.format(Locale.ROOT, "%s; and %,d more sources", cited, more);
    }

    /** Builds the graph of {@code dataset} and measures its cards. */
    public static PreparedGraph of(Dataset dataset, Theme theme, TextMeasurer measurer) {
        return new PreparedGraph(ActorGraph.of(dataset), theme, measurer);
    }

    /** The graph of another dataset built whole, its cards measured in this graph's theme with its measurer. */
    public PreparedGraph rebuilt(Dataset dataset) {
        return new PreparedGraph(ActorGraph.of(dataset), theme, measurer);
    }

    /** Measures the cards of an existing graph in another theme (a larger font scale, say). */
    public static PreparedGraph of(ActorGraph graph, Theme theme, TextMeasurer measurer) {
        return new PreparedGraph(graph, theme, measurer);
    }

    /** The actors and links. */
    public ActorGraph graph() {
        return graph;
    }

    /** The theme the cards were measured in. */
    public Theme theme() {
        return theme;
    }

    /** The topology and card sizes a layout needs. */
    public synchronized LayoutGraph layoutGraph() {
        if (layoutGraph == null) {
            layoutGraph = layoutGraphOf(graph, cards);
        }
        return layoutGraph;
    }

    /** What the legend explains. */
    public Legend legend() {
        return legend;
    }

    /** The sources as one citation line. */
    public String citation() {
        return citation;
    }

    /** A model of the right size with every actor at the origin. */
    public LayoutModel emptyLayout() {
        return new LayoutModel(graph.size());
    }

    /** Positions from {@code layout}, starting with every actor at the origin. */
    public LayoutModel layOut(Layout layout, LayoutMonitor monitor) {
        LayoutModel model = emptyLayout();
        layout.apply(layoutGraph(), model, monitor);
        return model;
    }

    /** The scene for positions in {@code layout}. */
    public Scene scene(LayoutModel layout) {
        return sceneBuilder.build(layout);
    }

    /** The scene for positions in {@code layout} with cards scaled by vertex ({@code null}: measured size). */
    public Scene scene(LayoutModel layout, double[] cardScales) {
        return sceneBuilder.build(layout, cardScales);
    }

    /** The scene for positions in {@code layout} with cards scaled by vertex, labelled as {@code plan} says. */
    public Scene scene(LayoutModel layout, double[] cardScales, SceneBuilder.LabelPlan plan) {
        return sceneBuilder.build(layout, cardScales, plan);
    }

    /** A scene without edge labels, quicker to build: for showing a layout while it runs. */
    public Scene sketch(LayoutModel layout) {
        return sceneBuilder.sketch(layout);
    }
}
