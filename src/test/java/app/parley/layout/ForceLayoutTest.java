package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.io.synthetic.KnownShape;
import app.parley.io.synthetic.KnownShapes;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {

    private static final LayoutGraph ISTANBUL = Datasets.uniformBoxes(Datasets.istanbul());

    private static LayoutModel run(ForceLayout layout, LayoutGraph graph) {
        LayoutModel model = new LayoutModel(graph.vertexCount());
        layout.apply(graph, model, LayoutMonitor.NONE);
        return model;
    }

    @Test
    void forceLayoutGivesBitIdenticalPositionsForTheSameSeed() {
        LayoutModel first = run(new ForceLayout(7), ISTANBUL);
        LayoutModel second = run(new ForceLayout(7), ISTANBUL);

        assertThat(first.samePositions(second)).isTrue();
    }

    @Test
    void forceLayoutGivesTheSamePositionsOnOneThreadAsOnThree() {
        LayoutGraph graph = LayoutBenchmark.randomGraph(2_500, 3);
        ForceLayout.Options options = ForceLayout.Options.defaults().withIterations(60);

        LayoutModel single = run(new ForceLayout(11, options.withParallelism(1)), graph);
        LayoutModel parallel = run(new ForceLayout(11, options.withParallelism(3)), graph);

        assertThat(single.samePositions(parallel)).isTrue();
    }

    @Test
    void aLongComponentLaidOutBySparseStressGetsTheSamePositionsOnOneThreadAsOnTwo() {
        KnownShape shape = KnownShapes.randomGeometric(2_500, Math.sqrt(5.9 / (Math.PI * 2_500)), 6);
        LayoutGraph graph = LayoutGraph.uniform(shape.vertices(), shape.from(), shape.to(), 120, 30);
        ForceLayout.Options options = ForceLayout.Options.defaults();

        LayoutModel single = run(new ForceLayout(5, options.withParallelism(1)), graph);
        LayoutModel parallel = run(new ForceLayout(5, options.withParallelism(2)), graph);

        assertThat(single.samePositions(parallel)).isTrue();
    }

    @Test
    void forceLayoutDependsOnTheSeed() {
        LayoutModel one = run(new ForceLayout(1), ISTANBUL);
        LayoutModel two = run(new ForceLayout(2), ISTANBUL);

        assertThat(one.samePositions(two)).isFalse();
    }

    @Test
    void forceLayoutNeverMovesPinnedVerticesButLetsThemPull() {
        LayoutModel model = new LayoutModel(ISTANBUL.vertexCount());
        double[][] pins = {{0, -400, -300}, {12, 900.5, 250.25}, {22, -1234.125, 777}};
        for (double[] pin : pins) {
            model.set((int) pin[0], pin[1], pin[2]);
            model.pin((int) pin[0], true);
        }

        new ForceLayout(5).apply(ISTANBUL, model, LayoutMonitor.NONE);

        for (double[] pin : pins) {
            assertThat(model.x((int) pin[0])).isEqualTo(pin[1]);
            assertThat(model.y((int) pin[0])).isEqualTo(pin[2]);
        }
        assertThat(model.samePositions(run(new ForceLayout(5), ISTANBUL))).isFalse();
        assertThat(Boxes.overlaps(ISTANBUL, model)).isEmpty();
    }

    @Test
    void forceLayoutKeepsDisconnectedComponentsApart() {
        LayoutGraph graph = LayoutGraph.uniform(8, new int[] {0, 1, 2, 3, 4, 5, 3}, new int[] {1, 2, 0, 4, 5, 6, 6},
                160, 48);

        LayoutModel model = run(new ForceLayout(3), graph);

        double[] first = Boxes.bounds(graph, model, 0, 1, 2);
        double[] second = Boxes.bounds(graph, model, 3, 4, 5, 6);
        double[] alone = Boxes.bounds(graph, model, 7);
        assertThat(Boxes.intersect(first, second)).isFalse();
        assertThat(Boxes.intersect(first, alone)).isFalse();
        assertThat(Boxes.intersect(second, alone)).isFalse();
    }

    @Test
    void forceLayoutStopsSoonAfterItIsCancelled() {
        LayoutGraph graph = LayoutBenchmark.randomGraph(1_500, 4);
        List<Double> reports = new ArrayList<>();
        LayoutMonitor cancelAtOnce = new LayoutMonitor() {
            @Override
            public void progress(double fraction) {
                reports.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return !reports.isEmpty();
            }
        };
        LayoutModel model = new LayoutModel(graph.vertexCount());

        new ForceLayout(9).apply(graph, model, cancelAtOnce);

        assertThat(reports).hasSize(1);
        assertThat(reports.get(0)).isLessThan(0.1);
        for (int v = 0; v < graph.vertexCount(); v++) {
            assertThat(Double.isFinite(model.x(v)) && Double.isFinite(model.y(v))).isTrue();
        }
    }

    @Test
    void forceLayoutReportsRisingProgressEndingAtOne() {
        List<Double> reports = new ArrayList<>();
        LayoutMonitor monitor = new LayoutMonitor() {
            @Override
            public void progress(double fraction) {
                reports.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        new ForceLayout(1).apply(ISTANBUL, new LayoutModel(ISTANBUL.vertexCount()), monitor);

        assertThat(reports).isSorted().last().isEqualTo(1.0);
        assertThat(reports.size()).isGreaterThan(3);
    }

    @Test
    void forceLayoutLeavesNoOverlapsOnTheIstanbulGraph() {
        for (long seed = 0; seed < 5; seed++) {
            assertThat(Boxes.overlaps(ISTANBUL, run(new ForceLayout(seed), ISTANBUL))).as("seed " + seed).isEmpty();
        }
    }

    @Test
    void forceLayoutLeavesNoOverlapsBetweenBoxesOfMixedSizes() {
        LayoutGraph graph = LayoutBenchmark.randomGraph(300, 8);

        assertThat(Boxes.overlaps(graph, run(new ForceLayout(8), graph))).isEmpty();
    }

    @Test
    void forceLayoutDrawsNeighboursCloserThanStrangers() {
        LayoutGraph graph = LayoutBenchmark.randomGraph(800, 2);
        LayoutModel model = run(new ForceLayout(2), graph);

        double edges = 0;
        for (int e = 0; e < graph.edgeCount(); e++) {
            edges += distance(model, graph.source(e), graph.target(e));
        }
        SplittableRandom random = new SplittableRandom(1);
        double strangers = 0;
        for (int i = 0; i < graph.edgeCount(); i++) {
            strangers += distance(model, random.nextInt(800), random.nextInt(800));
        }
        assertThat(edges).isLessThan(strangers / 3);
    }

    private static double distance(LayoutModel model, int u, int v) {
        return Math.hypot(model.x(u) - model.x(v), model.y(u) - model.y(v));
    }

    @Test
    void aSmallGraphKeepsRoomForEachNameSetOverItsCard() {
        for (long seed = 0; seed < 3; seed++) {
            LayoutModel model = run(new ForceLayout(seed), ISTANBUL);

            assertThat(grownOverlaps(ISTANBUL, model)).as("seed " + seed).isEmpty();
            assertThat(model.backdrops()).hasSize(1);
            Backdrop room = model.backdrops().get(0);
            assertThat(room.kind()).isEqualTo(Backdrop.Kind.ROOM);
            for (int v = 0; v < ISTANBUL.vertexCount(); v++) {
                double halfWidth = NameRoom.GROWTH_X * ISTANBUL.width(v) / 2;
                double halfHeight = NameRoom.GROWTH_Y * ISTANBUL.height(v) / 2;
                assertThat(room.x()).isLessThanOrEqualTo(model.x(v) - halfWidth + 1e-6);
                assertThat(room.x() + room.width()).isGreaterThanOrEqualTo(model.x(v) + halfWidth - 1e-6);
                assertThat(room.y()).isLessThanOrEqualTo(model.y(v) - halfHeight + 1e-6);
                assertThat(room.y() + room.height()).isGreaterThanOrEqualTo(model.y(v) + halfHeight - 1e-6);
            }
        }
    }

    @Test
    void aSmallGraphIsShapedLikeASmallScreensMap() {
        for (long seed = 0; seed < 3; seed++) {
            Backdrop room = run(new ForceLayout(seed), ISTANBUL).backdrops().get(0);

            assertThat(room.width() / room.height()).as("seed " + seed).isBetween(1.25, 1.7);
        }
    }

    @Test
    void aSmallGraphStillDrawsLinkedActorsNearerThanStrangers() {
        LayoutModel model = run(new ForceLayout(4), ISTANBUL);

        double links = 0;
        for (int e = 0; e < ISTANBUL.edgeCount(); e++) {
            links += distance(model, ISTANBUL.source(e), ISTANBUL.target(e)) / ISTANBUL.edgeCount();
        }
        double pairs = 0;
        int n = ISTANBUL.vertexCount();
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                pairs += distance(model, u, v) / (n * (n - 1) / 2.0);
            }
        }
        assertThat(links).isLessThan(pairs * 0.6);
    }

    @Test
    void aSmallGraphsLoneActorsArePackedAroundTheRestWithoutOverlaps() {
        int n = 120;
        int[] from = new int[59];
        int[] to = new int[59];
        for (int v = 1; v < 60; v++) {
            from[v - 1] = v;
            to[v - 1] = (v - 1) / 3;
        }
        LayoutGraph graph = LayoutGraph.uniform(n, from, to, 140, 40);

        LayoutModel model = run(new ForceLayout(6), graph);

        assertThat(grownOverlaps(graph, model)).isEmpty();
        Backdrop room = model.backdrops().get(0);
        assertThat(room.width() / room.height()).isBetween(1.2, 1.8);
    }

    @Test
    void aBigGraphIsLaidOutWithoutRoomForNames() {
        LayoutGraph graph = LayoutBenchmark.randomGraph(ForceLayout.NAMED_LIMIT + 1, 8);

        LayoutModel model = run(new ForceLayout(8), graph);

        assertThat(model.backdrops()).isEmpty();
        assertThat(Boxes.overlaps(graph, model)).isEmpty();
    }

    /** The pairs whose cards, grown by their names' room, come closer than the gap. */
    private static List<String> grownOverlaps(LayoutGraph graph, LayoutModel model) {
        double gap = ForceLayout.Options.defaults().gap() - 1e-6;
        List<String> pairs = new ArrayList<>();
        for (int u = 0; u < graph.vertexCount(); u++) {
            for (int v = u + 1; v < graph.vertexCount(); v++) {
                double apartX = Math.abs(model.x(u) - model.x(v))
                        - NameRoom.GROWTH_X * (graph.width(u) + graph.width(v)) / 2;
                double apartY = Math.abs(model.y(u) - model.y(v))
                        - NameRoom.GROWTH_Y * (graph.height(u) + graph.height(v)) / 2;
                if (apartX < gap && apartY < gap) {
                    pairs.add(u + "-" + v);
                }
            }
        }
        return pairs;
    }

    @Test
    void forceLayoutHandlesEmptyAndSingleVertexGraphs() {
        LayoutModel empty = new LayoutModel(0);
        new ForceLayout(1).apply(LayoutGraph.uniform(0, new int[0], new int[0], 1, 1), empty, LayoutMonitor.NONE);
        LayoutGraph single = LayoutGraph.uniform(1, new int[] {0}, new int[] {0}, 100, 40);

        LayoutModel model = run(new ForceLayout(1), single);

        assertThat(empty.size()).isZero();
        assertThat(model.x(0)).isEqualTo(50.0);
        assertThat(model.y(0)).isEqualTo(20.0);
    }

    @Test
    void forceLayoutRefusesAModelOfAnotherSize() {
        assertThatThrownBy(() -> new ForceLayout(1).apply(ISTANBUL, new LayoutModel(3), LayoutMonitor.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Model has 3 vertices but the graph has 37");
    }

    @Test
    void forceLayoutOptionsRefuseNonsense() {
        ForceLayout.Options defaults = ForceLayout.Options.defaults();

        assertThatThrownBy(() -> defaults.withIterations(0)).hasMessage("Iterations must be positive");
        assertThatThrownBy(() -> defaults.withParallelism(0)).hasMessage("Parallelism must be positive");
        assertThatThrownBy(() -> defaults.withGap(-1)).hasMessage("Gap must not be negative");
        assertThatThrownBy(() -> defaults.withEdgeLength(Double.NaN)).hasMessage("Edge length must be 0 or positive");
    }
}
