package app.parley.render.scene;

import app.parley.graph.ActorGraph;
import app.parley.layout.Layout;
import app.parley.layout.LayoutGraph;
import app.parley.layout.LayoutModel;
import app.parley.layout.LayoutMonitor;
import app.parley.model.Dataset;
import app.parley.model.Source;
import java.util.List;
import java.util.Locale;
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
    private final List<NodeCard> cards;
    private final LayoutGraph layoutGraph;
    private final SceneBuilder sceneBuilder;
    private final Legend legend;
    private final String citation;

    private PreparedGraph(ActorGraph graph, Theme theme, TextMeasurer measurer) {
        this.graph = graph;
        this.theme = theme;
        this.cards = NodeCards.measure(graph, theme, measurer);
        double[] widths = cards.stream().mapToDouble(NodeCard::width).toArray();
        double[] heights = cards.stream().mapToDouble(NodeCard::height).toArray();
        this.layoutGraph = LayoutGraph.of(graph, widths, heights);
        this.sceneBuilder = new SceneBuilder(graph, cards, theme, measurer);
        this.legend = Legend.of(graph);
        this.citation = citation(graph.dataset().sources());
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
    public LayoutGraph layoutGraph() {
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
        layout.apply(layoutGraph, model, monitor);
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
