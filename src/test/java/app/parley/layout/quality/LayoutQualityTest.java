package app.parley.layout.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.parley.layout.LayoutGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LayoutQualityTest {

    private static LayoutGraph graph(int n, int... ends) {
        int[] from = new int[ends.length / 2];
        int[] to = new int[ends.length / 2];
        for (int e = 0; e < from.length; e++) {
            from[e] = ends[2 * e];
            to[e] = ends[2 * e + 1];
        }
        return LayoutGraph.uniform(n, from, to, 10, 10);
    }

    /** A grid of {@code columns × rows} vertices numbered row by row, edges to the right and downward. */
    private static LayoutGraph grid(int columns, int rows) {
        int[] ends = new int[2 * (2 * columns * rows - columns - rows)];
        int at = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int v = c + columns * r;
                if (c + 1 < columns) {
                    ends[at++] = v;
                    ends[at++] = v + 1;
                }
                if (r + 1 < rows) {
                    ends[at++] = v;
                    ends[at++] = v + columns;
                }
            }
        }
        return graph(columns * rows, ends);
    }

    @Test
    void aGridDrawnAsAGridKeepsEveryNeighbourhoodAndEvenEdges() {
        LayoutGraph grid = grid(4, 3);
        double[] x = new double[12];
        double[] y = new double[12];
        for (int v = 0; v < 12; v++) {
            x[v] = 5 * (v % 4);
            y[v] = 5 * (v / 4);
        }

        LayoutQuality quality = LayoutQuality.measure(grid, x, y, 1);

        assertThat(quality.neighbourhoodPreservation()).isEqualTo(1.0);
        assertThat(quality.edgeLengthSpread()).isEqualTo(0.0);
        assertThat(quality.crossings().estimate()).isZero();
        assertThat(quality.crossings().exact()).isTrue();
    }

    @Test
    void twoSwappedVerticesOfAPathKeepOneNeighbourhoodInThree() {
        LayoutGraph path = graph(3, 0, 1, 1, 2);

        LayoutQuality quality = LayoutQuality.measure(path, new double[] {0, 2, 1}, new double[3], 1);

        assertThat(quality.neighbourhoodPreservation()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void aPathDrawnOnALineHasNoStressAtAnyScale() {
        LayoutGraph path = graph(4, 0, 1, 1, 2, 2, 3);

        LayoutQuality quality = LayoutQuality.measure(path, new double[] {0, 7, 14, 21}, new double[4], 1);

        assertThat(quality.stress()).isCloseTo(0.0, within(1e-15));
    }

    @Test
    void aSquareCycleHasTheStressOfItsDiagonalsAfterOptimalScaling() {
        LayoutGraph cycle = graph(4, 0, 1, 1, 2, 2, 3, 3, 0);
        double alpha = (8 + 2 * Math.sqrt(2)) / 10;
        double expected = (8 * (alpha - 1) * (alpha - 1)
                + 4 * (alpha / Math.sqrt(2) - 1) * (alpha / Math.sqrt(2) - 1)) / 12;

        LayoutQuality quality = LayoutQuality.measure(cycle, new double[] {0, 3, 3, 0}, new double[] {0, 0, 3, 3}, 1);

        assertThat(quality.stress()).isCloseTo(expected, within(1e-12));
        assertThat(quality.stress()).isCloseTo(0.022877, within(1e-6));
    }

    @Test
    void aSquareWithBothDiagonalsHasExactlyOneCrossing() {
        LayoutGraph square = graph(4, 0, 1, 1, 2, 2, 3, 3, 0, 0, 2, 1, 3);

        LayoutQuality quality = LayoutQuality.measure(square, new double[] {0, 1, 1, 0}, new double[] {0, 0, 1, 1},
                1);

        assertThat(quality.crossings().estimate()).isEqualTo(1.0);
        assertThat(quality.crossings().rate()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(quality.crossings().exact()).isTrue();
    }

    @Test
    void edgeLengthSpreadIsTheCoefficientOfVariation() {
        LayoutGraph twoEdges = graph(3, 0, 1, 1, 2);

        LayoutQuality quality = LayoutQuality.measure(twoEdges, new double[] {0, 1, 4}, new double[3], 1);

        assertThat(quality.edgeLengthSpread()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void neighbourhoodPreservationMatchesABruteForceCountOnARandomDrawing() {
        SplittableRandom random = new SplittableRandom(8);
        int n = 300;
        int[] ends = new int[2 * 900];
        for (int i = 0; i < ends.length; i += 2) {
            ends[i] = random.nextInt(n);
            ends[i + 1] = (ends[i] + 1 + random.nextInt(n - 1)) % n;
        }
        LayoutGraph graph = graph(n, ends);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int v = 0; v < n; v++) {
            x[v] = random.nextDouble() * (v < 50 ? 3 : 100);
            y[v] = random.nextDouble() * 40;
        }
        List<Set<Integer>> neighbours = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            neighbours.add(new HashSet<>());
        }
        for (int i = 0; i < ends.length; i += 2) {
            neighbours.get(ends[i]).add(ends[i + 1]);
            neighbours.get(ends[i + 1]).add(ends[i]);
        }
        double sum = 0;
        int counted = 0;
        for (int v = 0; v < n; v++) {
            int k = neighbours.get(v).size();
            if (k == 0) {
                continue;
            }
            int from = v;
            List<Integer> others = new ArrayList<>();
            for (int u = 0; u < n; u++) {
                if (u != v) {
                    others.add(u);
                }
            }
            others.sort(Comparator.<Integer>comparingDouble(
                    u -> Math.hypot(x[u] - x[from], y[u] - y[from])).thenComparing(u -> u));
            long shared = others.subList(0, k).stream().filter(neighbours.get(v)::contains).count();
            sum += shared / (double) (2 * k - shared);
            counted++;
        }

        LayoutQuality quality = LayoutQuality.measure(graph, x, y, 1);

        assertThat(quality.neighbourhoodPreservation()).isCloseTo(sum / counted, within(1e-12));
    }

    @Test
    void sampledFiguresOfABigDrawingRepeatWithTheSeed() {
        LayoutGraph grid = grid(80, 80);
        double[] x = new double[grid.vertexCount()];
        double[] y = new double[grid.vertexCount()];
        for (int v = 0; v < x.length; v++) {
            x[v] = (v % 80) + 0.3 * Math.sin(v);
            y[v] = (v / 80) + 0.3 * Math.cos(3 * v);
        }

        LayoutQuality first = LayoutQuality.measure(grid, x, y, 4);
        LayoutQuality again = LayoutQuality.measure(grid, x, y, 4);

        assertThat(again).isEqualTo(first);
        assertThat(first.crossings().exact()).isFalse();
        assertThat(first.stress()).isGreaterThan(0).isLessThan(0.1);
        assertThat(first.neighbourhoodPreservation()).isGreaterThan(0.3).isLessThan(1);
    }
}
