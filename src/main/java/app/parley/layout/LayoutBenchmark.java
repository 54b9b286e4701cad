package app.parley.layout;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Times {@link ForceLayout} on seeded random graphs of {@code n} vertices and about {@code 3n} edges, clustered
 * with preferential attachment between clusters, with boxes 80 to 220 units wide and 40 to 60 high.
 */
public final class LayoutBenchmark {

    /** The sizes measured by default. */
    public static final int[] DEFAULT_SIZES = {1_000, 10_000, 100_000};

    private static final int CLUSTER = 64;
    private static final double INSIDE_CLUSTER = 0.9;
    private static final long SEED = 42;

    private LayoutBenchmark() {
    }

    /**
     * The median time of one size.
     *
     * @param vertices       the number of vertices
     * @param edges          the number of edges
     * @param runs           how many timed runs the median is taken over
     * @param medianMillis   the median wall-clock time of a layout, in milliseconds
     * @param overlaps       pairs of overlapping boxes in the last run's result
     */
    public record Figure(int vertices, int edges, int runs, double medianMillis, int overlaps) {

        /** One line for a terminal. */
        public String format() {
            return String.format(java.util.Locale.ROOT, "%,9d vertices %,9d edges: median %,9.1f ms over %d runs, %d overlaps",
                    vertices, edges, medianMillis, runs, overlaps);
        }
    }

    /** Measures the default sizes and prints a line per size to {@code out}. */
    public static List<Figure> run(PrintStream out) {
        return run(out, DEFAULT_SIZES);
    }

    /**
     * Warms up, then lays out one random graph per size several times (fewer for big graphs) and prints the median
     * time of each to {@code out}.
     */
    public static List<Figure> run(PrintStream out, int... sizes) {
        out.printf("Force layout on %d threads, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        LayoutGraph warmUp = randomGraph(2_000, SEED);
        for (int i = 0; i < 5; i++) {
            layOut(warmUp);
        }
        List<Figure> figures = new ArrayList<>();
        for (int n : sizes) {
            LayoutGraph graph = randomGraph(n, SEED);
            int runs = n >= 50_000 ? 3 : n >= 5_000 ? 5 : 9;
            double[] millis = new double[runs];
            LayoutModel model = null;
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                model = layOut(graph);
                millis[r] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            Figure figure = new Figure(n, graph.edgeCount(), runs, millis[runs / 2], overlaps(graph, model));
            out.println(figure.format());
            figures.add(figure);
        }
        return figures;
    }

    /** Runs the default benchmark. */
    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? DEFAULT_SIZES : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        run(System.out, sizes);
    }

    private static LayoutModel layOut(LayoutGraph graph) {
        LayoutModel model = new LayoutModel(graph.vertexCount());
        new ForceLayout(SEED).apply(graph, model, LayoutMonitor.NONE);
        return model;
    }

    /**
     * A random graph of {@code n} vertices: each vertex after the first links to three earlier ones, mostly inside
     * its cluster of 64 consecutive vertices, otherwise to a vertex picked in proportion to its degree.
     */
    public static LayoutGraph randomGraph(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("A graph needs at least one vertex");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int edges = 3 * (n - 1);
        int[] sources = new int[edges];
        int[] targets = new int[edges];
        int[] ends = new int[2 * edges];
        int e = 0;
        for (int v = 1; v < n; v++) {
            int clusterStart = v - v % CLUSTER;
            int earlierEnds = 2 * e;
            for (int i = 0; i < 3; i++) {
                int target;
                if (v > clusterStart && (i == 0 || random.nextDouble() < INSIDE_CLUSTER)) {
                    target = clusterStart + random.nextInt(v - clusterStart);
                } else {
                    target = earlierEnds == 0 ? 0 : ends[random.nextInt(earlierEnds)];
                }
                sources[e] = v;
                targets[e] = target;
                ends[2 * e] = v;
                ends[2 * e + 1] = target;
                e++;
            }
        }
        double[] widths = new double[n];
        double[] heights = new double[n];
        for (int v = 0; v < n; v++) {
            widths[v] = 80 + random.nextInt(141);
            heights[v] = 40 + random.nextInt(21);
        }
        return new LayoutGraph(n, sources, targets, widths, heights);
    }

    /** The number of pairs of boxes that overlap, found with a sweep over the left edges. */
    static int overlaps(LayoutGraph graph, LayoutModel model) {
        int n = graph.vertexCount();
        int[] order = new int[n];
        double[] left = new double[n];
        for (int v = 0; v < n; v++) {
            order[v] = v;
            left[v] = model.x(v) - graph.width(v) / 2;
        }
        IndexSort.sort(order, left, new int[n]);
        int count = 0;
        for (int a = 0; a < n; a++) {
            int i = order[a];
            double right = model.x(i) + graph.width(i) / 2;
            for (int b = a + 1; b < n && left[order[b]] < right; b++) {
                int j = order[b];
                if (Math.abs(model.y(i) - model.y(j)) < (graph.height(i) + graph.height(j)) / 2) {
                    count++;
                }
            }
        }
        return count;
    }
}
