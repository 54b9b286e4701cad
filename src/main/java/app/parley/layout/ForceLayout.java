package app.parley.layout;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A force-directed layout built for size: each connected component is laid out the multilevel way (coarsened by
 * matching, the coarsest graph placed from a random start, then refined level by level) with Barnes-Hut repulsion
 * computed on several threads; overlapping boxes are then pushed apart and the components packed in rows.
 *
 * <p>A graph small enough to have its names set over the cards at a small window's fit (at most
 * {@link #NAMED_LIMIT} actors) is drawn for that: each free component is turned and scaled to a small screen's shape
 * (see {@link ScreenShape}), the cards grown by the room their names take (see {@link NameRoom}) are pushed apart,
 * and the components are packed into a frame of that shape (see {@link FramePacking}) with an undrawn room backdrop
 * around the names.
 *
 * <p>The result depends only on the graph, the pins and positions of pinned vertices, the seed and the options
 * other than parallelism: any number of threads gives bit-identical positions. Pinned vertices never move but
 * still push and pull the others.
 */
public final class ForceLayout implements Layout {

    /** Graphs smaller than this run on the calling thread only. */
    private static final int PARALLEL_MINIMUM = 2048;
    /** Box separation sweeps at most this many times on small graphs, and a tenth of it on big ones. */
    private static final int SEPARATION_PASSES = 200;
    private static final int SMALL_GRAPH = 2000;
    /** The share of its area a big layout's boxes may fill before it is scaled up. */
    private static final double CROWDING = 0.15;
    /** How many times a small layout whose boxes will not come apart is spread, and by how much each time. */
    private static final int SPREAD_ROUNDS = 20;
    private static final double SPREAD = 1.1;
    /** Components up to this size are polished by stress majorization. */
    private static final int STRESS_LIMIT = 400;
    /** About how many passes stress majorization takes, for progress reports. */
    private static final int STRESS_PASSES_EXPECTED = 60;
    /**
     * Free small-world components bigger than this are laid out with degree-weighted repulsion, which draws their
     * communities apart; smaller ones keep the even spread that leaves room for every name.
     */
    private static final int COMMUNITY_LIMIT = 2000;
    /** Pivots of the sparse stress model that lays out long free components bigger than {@link #STRESS_LIMIT}. */
    private static final int PIVOTS = 50;
    /**
     * The most rounds of sparse stress majorization: enough to set the global shape (the pivots pull for the first
     * half), the force polish settling the local one.
     */
    private static final int SPARSE_STRESS_ROUNDS = 40;
    /** The steps of the force polish after sparse stress: it cools from one edge length to a hundredth of one. */
    private static final int POLISH_STEPS = 90;
    /**
     * Steps of maxent-stress (see {@link MaxentStress}) after the even forces of a big even-degree small world, and
     * the weight of its entropy term: distances within two hops follow hop counts while the push draws the
     * communities apart into clumps.
     */
    private static final int MAXENT_STEPS = 30;
    private static final double MAXENT_ALPHA = 1.0;
    /**
     * Graphs of at most this many actors, those whose names the drawing sets over the cards at a small window's fit,
     * keep room for those names and are shaped for a small screen.
     */
    static final int NAMED_LIMIT = 400;
    /** Free components of at least this many actors are turned and scaled to a small screen's shape. */
    private static final int SHAPED_MINIMUM = 8;
    /**
     * How many gaps a named graph's components keep between their grown cards, where a component's own keep one: so
     * that each reads as a group of its own.
     */
    private static final int COMPONENT_GAPS = 3;

    private final long seed;
    private final Options options;

    /**
     * Tuning of the force layout.
     *
     * @param iterations  the most simulation steps per level of the hierarchy
     * @param edgeLength  the natural distance between neighbours' centres, or 0 to derive it from the box sizes
     * @param gap         the least space left between two boxes
     * @param parallelism the number of threads computing forces; it never changes the result
     */
    public record Options(int iterations, double edgeLength, double gap, int parallelism) {

        /** Checks the values. */
        public Options {
            if (iterations < 1) {
                throw new IllegalArgumentException("Iterations must be positive");
            }
            if (!(edgeLength >= 0) || Double.isInfinite(edgeLength)) {
                throw new IllegalArgumentException("Edge length must be 0 or positive");
            }
            if (!(gap >= 0) || Double.isInfinite(gap)) {
                throw new IllegalArgumentException("Gap must not be negative");
            }
            if (parallelism < 1) {
                throw new IllegalArgumentException("Parallelism must be positive");
            }
        }

        /** 200 steps per level, edge length from the boxes, 40 units between boxes, one thread per processor. */
        public static Options defaults() {
            return new Options(200, 0, 40, Runtime.getRuntime().availableProcessors());
        }

        /** These options with another number of steps per level. */
        public Options withIterations(int newIterations) {
            return new Options(newIterations, edgeLength, gap, parallelism);
        }

        /** These options with another natural edge length (0 derives it from the boxes). */
        public Options withEdgeLength(double newEdgeLength) {
            return new Options(iterations, newEdgeLength, gap, parallelism);
        }

        /** These options with another gap between boxes. */
        public Options withGap(double newGap) {
            return new Options(iterations, edgeLength, newGap, parallelism);
        }

        /** These options with another number of threads. */
        public Options withParallelism(int newParallelism) {
            return new Options(iterations, edgeLength, gap, newParallelism);
        }
    }

    /** A force layout with default options whose random start comes from {@code seed}. */
    public ForceLayout(long seed) {
        this(seed, Options.defaults());
    }

    /** A force layout with the given options whose random start comes from {@code seed}. */
    public ForceLayout(long seed, Options options) {
        this.seed = seed;
        this.options = options;
    }

    /** The options in use. */
    public Options options() {
        return options;
    }

    /**
     * {@inheritDoc} When the monitor wants previews, it gets the positions reached every twentieth of the work: the
     * components laid out so far, the one being laid out with each vertex at its cluster's place on the level being
     * refined, and those still waiting gathered in a point, packed as the final layout packs them.
     */
    @Override
    public void apply(LayoutGraph graph, LayoutModel model, LayoutMonitor monitor) {
        Placement placement = new Placement(graph, model);
        Progress progress = new Progress(monitor, placement.work());
        if (placement.n > 0) {
            progress.previewWith(() -> progress.preview(placement.preview()));
            placement.run(progress);
            placement.writeTo(model);
        }
        model.setBackdrops(placement.named ? List.of(NameRoom.around(graph, model)) : List.of());
        progress.finish();
    }

    /** The natural edge length: the mean box width plus two gaps, room for an edge label between boxes. */
    private double edgeLength(double[] widths, double gap) {
        if (options.edgeLength > 0) {
            return options.edgeLength;
        }
        double sum = 0;
        for (double w : widths) {
            sum += w;
        }
        return Math.max(sum / widths.length + 2 * gap, 1);
    }

    /** One run of the layout over a graph and a model. */
    private final class Placement {

        final LayoutGraph graph;
        final int n;
        final double[] widths;
        final double[] heights;
        /** Whether the graph keeps room for its names set over the cards (see {@link #NAMED_LIMIT}). */
        final boolean named;
        /** The boxes kept apart: the cards, grown by their names' room in a named graph. */
        final double[] roomWidths;
        final double[] roomHeights;
        final boolean[] pinned;
        final double[] x;
        final double[] y;
        final WeightedGraph all;
        final int[][] components;
        final boolean[] anchored;
        /** Whether a component is laid out by sparse stress (big, free and long) rather than by forces. */
        final boolean[] byStress;
        /** Whether a component's degrees are even (no hubs), which calls for other forces to draw communities. */
        final boolean[] evenDegrees;
        /** The component being laid out, and where its vertices stand on the level being refined. */
        private int active = -1;
        private double[] activeX;
        private double[] activeY;
        private int[] activeCluster;
        private double k;

        Placement(LayoutGraph graph, LayoutModel model) {
            if (model.size() != graph.vertexCount()) {
                throw new IllegalArgumentException(
                        "Model has " + model.size() + " vertices but the graph has " + graph.vertexCount());
            }
            n = graph.vertexCount();
            widths = new double[n];
            heights = new double[n];
            pinned = new boolean[n];
            x = new double[n];
            y = new double[n];
            for (int v = 0; v < n; v++) {
                widths[v] = graph.width(v);
                heights[v] = graph.height(v);
                pinned[v] = model.pinned(v);
                x[v] = model.x(v);
                y[v] = model.y(v);
            }
            named = n > 0 && n <= NAMED_LIMIT;
            roomWidths = named ? new double[n] : widths;
            roomHeights = named ? new double[n] : heights;
            for (int v = 0; v < n && named; v++) {
                roomWidths[v] = widths[v] * NameRoom.GROWTH_X;
                roomHeights[v] = heights[v] * NameRoom.GROWTH_Y;
            }
            this.graph = graph;
            all = WeightedGraph.of(graph);
            components = all.components();
            anchored = new boolean[components.length];
            byStress = new boolean[components.length];
            evenDegrees = new boolean[components.length];
            int[] scratch = new int[n];
            for (int c = 0; c < components.length; c++) {
                for (int v : components[c]) {
                    anchored[c] |= pinned[v];
                }
                if (!anchored[c] && components[c].length > STRESS_LIMIT) {
                    WeightedGraph component = all.induced(components[c], scratch);
                    byStress[c] = GraphShape.isLong(component);
                    evenDegrees[c] = GraphShape.hasEvenDegrees(component);
                }
            }
        }

        /** About how much work the run will report: simulation steps, and stress passes on small components. */
        double work() {
            double total = 0;
            for (int c = 0; c < components.length; c++) {
                total += work(c);
            }
            return total;
        }

        private double work(int c) {
            int size = components[c].length;
            if (byStress[c]) {
                int polish = Math.min(POLISH_STEPS, ForceModel.POLISH.coolingSteps(ForceModel.POLISH.refineStep()));
                return (double) (SPARSE_STRESS_ROUNDS + polish) * size;
            }
            double stress = size <= STRESS_LIMIT ? STRESS_PASSES_EXPECTED * size : 0;
            stress += byMaxent(c) ? (double) MAXENT_STEPS * size : 0;
            return size > 1 ? Multilevel.work(size, options.iterations, forces(c)) + stress : 1;
        }

        /** Whether component {@code c} is a free small world big enough to be drawn as communities. */
        private boolean byCommunities(int c) {
            return components[c].length > COMMUNITY_LIMIT && !anchored[c] && !byStress[c];
        }

        /** Whether component {@code c} is a big even-degree small world, drawn into communities by maxent-stress. */
        private boolean byMaxent(int c) {
            return byCommunities(c) && evenDegrees[c];
        }

        /**
         * The forces of component {@code c}: communities drawn apart in a big small world with hubs, else an even
         * spread (which maxent-stress then draws into communities in a big even-degree small world).
         */
        private ForceModel forces(int c) {
            return byCommunities(c) && !evenDegrees[c] ? ForceModel.COMMUNITIES : ForceModel.EVEN;
        }

        void run(Progress progress) {
            k = edgeLength(widths, options.gap);
            SplittableRandom random = new SplittableRandom(seed);
            int[] scratch = new int[n];
            try (ParallelLoop loop = new ParallelLoop(n >= PARALLEL_MINIMUM ? options.parallelism : 1)) {
                for (int c = 0; c < components.length; c++) {
                    double mark = progress.done() + work(c);
                    active = c;
                    boolean big = byCommunities(c);
                    WeightedGraph component = all.induced(components[c], scratch);
                    Multilevel multilevel = new Multilevel(k, options.iterations, loop, progress,
                            progress.previewing() ? this::stage : null, forces(c));
                    layoutComponent(big && !byMaxent(c) ? component.withDegreeMasses() : component, components[c],
                            byStress[c], multilevel, loop, random.split(), progress);
                    progress.advanceTo(mark);
                }
            }
            active = -1;
            pack(x, y);
        }

        /**
         * Packs the components: a named graph's into a frame of a small screen's shape, {@link #COMPONENT_GAPS} gaps
         * apart, its free layout then moved so that its cards start at the origin; a bigger graph's in rows, an edge
         * length apart.
         */
        private void pack(double[] px, double[] py) {
            if (!named) {
                ShelfPacking.pack(components, anchored, px, py, widths, heights, k);
                return;
            }
            FramePacking.pack(components, anchored, px, py, roomWidths, roomHeights, COMPONENT_GAPS * options.gap);
            boolean free = true;
            for (boolean a : anchored) {
                free &= !a;
            }
            if (free) {
                PointExtent cards = PointExtent.ofBoxes(px, py, widths, heights, n);
                for (int v = 0; v < n; v++) {
                    px[v] -= cards.minX();
                    py[v] -= cards.minY();
                }
            }
        }

        /** Records where the active component's vertices stand now: at their clusters on the level refined. */
        private void stage(double[] levelX, double[] levelY, int[] clusterOf) {
            activeX = levelX;
            activeY = levelY;
            activeCluster = clusterOf;
        }

        /**
         * The positions reached so far, packed: finished components where they are, the active one at its current
         * level, the others gathered at the origin. Reads the run's arrays and changes none of them.
         */
        LayoutModel preview() {
            double[] px = x.clone();
            double[] py = y.clone();
            for (int c = Math.max(0, active); c < components.length; c++) {
                int[] vertices = components[c];
                for (int i = 0; i < vertices.length; i++) {
                    int v = vertices[i];
                    if (pinned[v]) {
                        continue;
                    }
                    boolean staged = c == active && activeX != null;
                    int at = staged && activeCluster != null ? activeCluster[i] : i;
                    px[v] = staged ? activeX[at] : 0;
                    py[v] = staged ? activeY[at] : 0;
                }
            }
            pack(px, py);
            LayoutModel model = new LayoutModel(n);
            for (int v = 0; v < n; v++) {
                model.set(v, px[v], py[v]);
                model.pin(v, pinned[v]);
            }
            return model;
        }

        /** Lays out one component. */
        private void layoutComponent(WeightedGraph component, int[] vertices, boolean stress, Multilevel multilevel,
                                     ParallelLoop loop, SplittableRandom random, Progress progress) {
            int size = vertices.length;
            double[] lx = new double[size];
            double[] ly = new double[size];
            double[] lw = new double[size];
            double[] lh = new double[size];
            boolean[] lp = new boolean[size];
            boolean anchored = false;
            for (int i = 0; i < size; i++) {
                int v = vertices[i];
                lp[i] = pinned[v];
                lx[i] = x[v];
                ly[i] = y[v];
                lw[i] = roomWidths[v];
                lh[i] = roomHeights[v];
                anchored |= pinned[v];
            }
            stage(null, null, null);
            if (stress) {
                sparseStress(component, lx, ly, lp, loop, random, progress);
            } else if (size > 1) {
                multilevel.layout(component, lx, ly, lp, random);
                stage(lx, ly, null);
                if (byMaxent(active) && !progress.cancelled()) {
                    new MaxentStress(component, k, loop).run(lx, ly, MAXENT_STEPS, MAXENT_ALPHA, progress);
                }
                if (size <= STRESS_LIMIT && !progress.cancelled()) {
                    StressMajorization.refine(component, lx, ly, lp, k, progress);
                }
            } else if (!anchored) {
                lx[0] = 0;
                ly[0] = 0;
            }
            if (!anchored && size > STRESS_LIMIT) {
                spreadToFit(lx, ly, lw, lh);
            }
            if (named && !anchored && size >= SHAPED_MINIMUM && !progress.cancelled()) {
                ScreenShape.apply(lx, ly, lw, lh, options.gap);
            }
            if (!progress.cancelled()) {
                separate(lx, ly, lw, lh, lp, anchored);
            }
            for (int i = 0; i < size; i++) {
                x[vertices[i]] = lx[i];
                y[vertices[i]] = ly[i];
            }
        }

        /**
         * Places a big free component by pivot MDS and polishes it by sparse stress majorization: distances on the
         * page follow hop distances, so a graph with a shape in the plane gets that shape back. A run of forces whose
         * repulsion reaches only a few edge lengths then evens out the links and untangles small folds.
         */
        private void sparseStress(WeightedGraph component, double[] lx, double[] ly, boolean[] lp, ParallelLoop loop,
                                  SplittableRandom random, Progress progress) {
            double[] lengths = EdgeLengths.of(component);
            Supplier<TwoHops> near = loop.begin(() -> SparseStress.near(component, lengths));
            PivotMds mds = PivotMds.pivots(component, lengths, PIVOTS, random);
            Supplier<SparseStress> model = loop.begin(() -> new SparseStress(component, near.get(), mds, k));
            mds.place(lx, ly);
            for (int i = 0; i < lx.length; i++) {
                lx[i] *= k;
                ly[i] *= k;
            }
            stage(lx, ly, null);
            model.get().run(lx, ly, lp, SPARSE_STRESS_ROUNDS, progress);
            if (!progress.cancelled()) {
                new ShortRangePolish(component, lx, ly, lp, k, ForceModel.POLISH.cooling(), loop)
                        .run(POLISH_STEPS, ForceModel.POLISH.refineStep() * k, progress, component.size);
            }
        }

        /**
         * Pushes overlapping boxes apart. Where sweeps alone do not settle a small free component, its layout is
         * spread a little and swept again, until no boxes overlap.
         */
        private void separate(double[] lx, double[] ly, double[] lw, double[] lh, boolean[] lp, boolean anchored) {
            BoxSeparation separation = new BoxSeparation(lw, lh, lp, options.gap);
            boolean small = lx.length <= SMALL_GRAPH;
            int left = separation.separate(lx, ly, small ? SEPARATION_PASSES : SEPARATION_PASSES / 10);
            for (int round = 0; left > 0 && small && !anchored && round < SPREAD_ROUNDS; round++) {
                scale(lx, ly, SPREAD);
                left = separation.separate(lx, ly, SEPARATION_PASSES);
            }
        }

        /**
         * Scales a big layout up until its boxes (with their gaps) would fill at most the crowding share of the
         * disc its vertices spread over: big force layouts pack their core tightly.
         */
        private void spreadToFit(double[] lx, double[] ly, double[] lw, double[] lh) {
            int size = lx.length;
            double[] centre = centre(lx, ly);
            double needed = 0;
            double squares = 0;
            for (int i = 0; i < size; i++) {
                needed += (lw[i] + options.gap) * (lh[i] + options.gap);
                squares += (lx[i] - centre[0]) * (lx[i] - centre[0]) + (ly[i] - centre[1]) * (ly[i] - centre[1]);
            }
            double disc = 2 * Math.PI * squares / size;
            if (disc > 0 && needed > CROWDING * disc) {
                scale(lx, ly, Math.sqrt(needed / (CROWDING * disc)));
            }
        }

        private static double[] centre(double[] lx, double[] ly) {
            double cx = 0;
            double cy = 0;
            for (int i = 0; i < lx.length; i++) {
                cx += lx[i];
                cy += ly[i];
            }
            return new double[] {cx / lx.length, cy / lx.length};
        }

        /** Scales a layout by {@code factor} about its centre. */
        private static void scale(double[] lx, double[] ly, double factor) {
            double[] centre = centre(lx, ly);
            for (int i = 0; i < lx.length; i++) {
                lx[i] = centre[0] + (lx[i] - centre[0]) * factor;
                ly[i] = centre[1] + (ly[i] - centre[1]) * factor;
            }
        }

        void writeTo(LayoutModel model) {
            for (int v = 0; v < n; v++) {
                if (!pinned[v]) {
                    model.set(v, x[v], y[v]);
                }
            }
        }
    }
}
