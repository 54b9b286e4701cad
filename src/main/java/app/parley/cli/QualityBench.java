package app.parley.cli;

import app.parley.graph.ActorGraph;
import app.parley.graph.Modularity;
import app.parley.io.DatasetWriter;
import app.parley.layout.ForceLayout;
import app.parley.layout.LayoutGraph;
import app.parley.layout.LayoutModel;
import app.parley.layout.LayoutMonitor;
import app.parley.layout.quality.CommunityShare;
import app.parley.layout.quality.LayoutQuality;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Measures how well the force layout draws the test graphs, beside its time: the four figures of
 * {@link LayoutQuality} and, for graphs with planted communities, the {@link CommunityShare}, for Parley and, when
 * asked and {@code sfdp} is installed, for Graphviz on the same graph.
 */
final class QualityBench {

    /** The column headings. */
    static final String HEADINGS = String.format(Locale.ROOT, "%-9s %7s %7s %6s  %-8s %8s %6s %7s %6s %11s %6s",
            "graph", "actors", "links", "Q", "by", "layout", "NP", "stress", "spread", "crossings", "share");

    private static final Theme THEME = Theme.LIGHT;

    private final int runs;
    private final long seed;
    private final int pngSide;
    private final Path folder;
    private final Optional<Path> sfdp;
    private final FxTextMeasurer measurer = new FxTextMeasurer();

    /** A bench taking the median of {@code runs} layouts, comparing with {@code sfdp} when present. */
    QualityBench(int runs, long seed, int pngSide, Path folder, Optional<Path> sfdp) {
        this.runs = runs;
        this.seed = seed;
        this.pngSide = pngSide;
        this.folder = folder;
        this.sfdp = sfdp;
    }

    /** The table rows of test graph {@code name} of about {@code actors} actors: Parley's, then sfdp's. */
    String measure(String name, int actors) throws IOException {
        TestGraphs.Made made = TestGraphs.make(name, actors, seed);
        String stem = name + "-" + actors;
        new DatasetWriter().save(made.dataset(), folder.resolve(stem + ".json"));
        PreparedGraph prepared = PreparedGraph.of(made.dataset(), THEME, measurer);
        ActorGraph graph = prepared.graph();
        LayoutGraph layoutGraph = prepared.layoutGraph();
        double[] times = new double[runs];
        LayoutModel positions = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            positions = prepared.layOut(new ForceLayout(seed), LayoutMonitor.NONE);
            times[run] = (System.nanoTime() - start) / 1e6;
        }
        double[] x = new double[graph.size()];
        double[] y = new double[graph.size()];
        for (int v = 0; v < x.length; v++) {
            x[v] = positions.x(v);
            y[v] = positions.y(v);
        }
        int[] community = made.community() == null ? null : communities(graph, made.community());
        String modularity = community == null ? "-"
                : String.format(Locale.ROOT, "%.2f", modularity(graph, community));
        StringBuilder rows = new StringBuilder(row(name, graph.size(), layoutGraph.edgeCount(), modularity,
                "Parley", BenchRun.percentile(times, 0.5), LayoutQuality.measure(layoutGraph, x, y, seed),
                share(x, y, community)));
        if (sfdp.isPresent()) {
            Path dot = folder.resolve(stem + ".dot");
            BenchDotFile.write(graph, THEME, pngSide, dot);
            SfdpPositions.Result result = SfdpPositions.run(sfdp.get(), dot);
            double[] sx = new double[x.length];
            double[] sy = new double[y.length];
            for (Map.Entry<String, double[]> entry : result.positions().entrySet()) {
                int v = graph.indexOf(entry.getKey());
                if (v >= 0) {
                    sx[v] = entry.getValue()[0];
                    sy[v] = entry.getValue()[1];
                }
            }
            rows.append(System.lineSeparator()).append(row("", graph.size(), layoutGraph.edgeCount(), "", "sfdp",
                    result.millis(), LayoutQuality.measure(layoutGraph, sx, sy, seed), share(sx, sy, community)));
        }
        return rows.toString();
    }

    /** The planted community of each vertex of {@code graph}, actors matched by their numbered ids. */
    private static int[] communities(ActorGraph graph, int[] planted) {
        int[] community = new int[graph.size()];
        for (int v = 0; v < community.length; v++) {
            community[v] = planted[Integer.parseInt(graph.actors().get(v).id().substring(1)) - 1];
        }
        return community;
    }

    /** The community share of a drawing (see {@link CommunityShare}), or "-" without planted communities. */
    private static String share(double[] x, double[] y, int[] community) {
        return community == null ? "-" : String.format(Locale.ROOT, "%.3f", CommunityShare.of(x, y, community));
    }

    /** The modularity of the planted {@code community} of each vertex. */
    private static double modularity(ActorGraph graph, int[] community) {
        int links = graph.links().size();
        int[] from = new int[links];
        int[] to = new int[links];
        for (int e = 0; e < links; e++) {
            from[e] = graph.indexOf(graph.links().get(e).fromId());
            to[e] = graph.indexOf(graph.links().get(e).toId());
        }
        return Modularity.of(from, to, community);
    }

    private static String row(String name, int actors, int links, String modularity, String by, double millis,
                              LayoutQuality quality, String share) {
        String time = millis < 1000 ? String.format(Locale.ROOT, "%.0f ms", millis)
                : String.format(Locale.ROOT, "%.2f s", millis / 1000);
        return String.format(Locale.ROOT, "%-9s %,7d %,7d %6s  %-8s %8s %6.3f %7.4f %6.3f %11s %6s", name, actors,
                links, modularity, by, time, quality.neighbourhoodPreservation(), quality.stress(),
                quality.edgeLengthSpread(), String.format(Locale.ROOT, "%.2f/1e4", 1e4 * quality.crossings().rate()),
                share);
    }
}
