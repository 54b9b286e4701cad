package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.parley.io.synthetic.KnownShape;
import app.parley.io.synthetic.KnownShapes;
import app.parley.layout.quality.LayoutQuality;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShortRangePolishTest {

    private static final double K = 100;

    private static WeightedGraph graph(int n, int[] from, int[] to) {
        return WeightedGraph.of(LayoutGraph.uniform(n, from, to, 60, 20));
    }

    private static WeightedGraph graph(KnownShape shape) {
        return graph(shape.vertices(), shape.from(), shape.to());
    }

    private static Progress progress() {
        return new Progress(LayoutMonitor.NONE, 1);
    }

    private static double[][] polished(WeightedGraph graph, double[] x, double[] y, int steps, int threads) {
        double[] px = x.clone();
        double[] py = y.clone();
        try (ParallelLoop loop = new ParallelLoop(threads)) {
            new ShortRangePolish(graph, px, py, new boolean[graph.size], K, 0.95, loop)
                    .run(steps, K, progress(), 1);
        }
        return new double[][] {px, py};
    }

    @Test
    void twoLinkedVerticesSettleWhereSpringAndPushBalance() {
        WeightedGraph pair = graph(2, new int[] {0}, new int[] {1});
        double[][] at = polished(pair, new double[] {0, 300}, new double[] {0, 0}, 90, 1);

        double balance = K * Math.pow(ShortRangePolish.REPULSION, 0.25);
        assertThat(at[0][1] - at[0][0]).isCloseTo(balance, within(0.05 * K));
        assertThat(at[1][0]).isZero();
        assertThat(at[1][1]).isZero();
    }

    @Test
    void verticesBeyondTheReachDoNotPushEachOther() {
        WeightedGraph apart = graph(2, new int[0], new int[0]);
        double far = (ShortRangePolish.REACH + 0.5) * K;
        double[][] at = polished(apart, new double[] {0, far}, new double[] {0, 0}, 10, 1);

        assertThat(at[0]).containsExactly(0, far);

        double near = (ShortRangePolish.REACH - 0.5) * K;
        double[][] pushed = polished(apart, new double[] {0, near}, new double[] {0, 0}, 10, 1);
        assertThat(pushed[0][1] - pushed[0][0]).isGreaterThan(near);
    }

    @Test
    void eachStepMovesAFreeVertexByTheStepLengthAndLeavesPinnedOnesAlone() {
        WeightedGraph path = graph(3, new int[] {0, 1}, new int[] {1, 2});
        double[] x = {0, 50, 400};
        double[] y = {0, 10, 0};
        boolean[] pinned = {true, false, false};
        try (ParallelLoop loop = new ParallelLoop(1)) {
            new ShortRangePolish(path, x, y, pinned, K, 0.5, loop).run(1, 20, progress(), 1);
        }

        assertThat(x[0]).isZero();
        assertThat(y[0]).isZero();
        assertThat(Math.hypot(x[1] - 50, y[1] - 10)).isCloseTo(20, within(1e-9));
        assertThat(Math.hypot(x[2] - 400, y[2])).isCloseTo(20, within(1e-9));
        assertThat(x[2]).isLessThan(400);
    }

    @Test
    void theSameStartGivesTheSamePositionsOnOneThreadAsOnTwo() {
        KnownShape shape = KnownShapes.randomGeometric(3_000, Math.sqrt(5.9 / (Math.PI * 3_000)), 4);
        WeightedGraph graph = graph(shape);
        SplittableRandom random = new SplittableRandom(9);
        double side = Math.sqrt(graph.size) * K;
        double[] x = random.doubles(graph.size, 0, side).toArray();
        double[] y = random.doubles(graph.size, 0, side).toArray();

        double[][] one = polished(graph, x, y, 20, 1);
        double[][] two = polished(graph, x, y, 20, 2);

        assertThat(Arrays.equals(one[0], two[0]) && Arrays.equals(one[1], two[1])).isTrue();
    }

    @Test
    void aFoldedGridIsUnfolded() {
        int side = 12;
        int[] from = new int[2 * side * (side - 1)];
        int[] to = new int[from.length];
        int e = 0;
        for (int v = 0; v < side * side; v++) {
            if (v % side + 1 < side) {
                from[e] = v;
                to[e++] = v + 1;
            }
            if (v / side + 1 < side) {
                from[e] = v;
                to[e++] = v + side;
            }
        }
        LayoutGraph layout = LayoutGraph.uniform(side * side, from, to, 60, 20);
        double[] x = new double[side * side];
        double[] y = new double[side * side];
        for (int v = 0; v < x.length; v++) {
            int column = v % side;
            int row = v / side;
            boolean folded = row >= 5 && row <= 6 && column >= 5 && column <= 6;
            x[v] = (folded ? 11 - column : column) * K;
            y[v] = row * K;
        }
        assertThat(LayoutQuality.measure(layout, x, y, 1).crossings().estimate()).isPositive();

        double[][] at = polished(WeightedGraph.of(layout), x, y, 90, 1);

        LayoutQuality after = LayoutQuality.measure(layout, at[0], at[1], 1);
        assertThat(after.crossings().estimate()).isZero();
        assertThat(after.neighbourhoodPreservation()).isGreaterThan(0.99);
    }

    @Test
    void coolingMustLieBetweenZeroAndOne() {
        WeightedGraph pair = graph(2, new int[] {0}, new int[] {1});
        try (ParallelLoop loop = new ParallelLoop(1)) {
            assertThatThrownBy(() -> new ShortRangePolish(pair, new double[2], new double[2], new boolean[2], K, 1,
                    loop)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
