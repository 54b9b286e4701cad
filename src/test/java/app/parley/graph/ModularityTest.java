package app.parley.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ModularityTest {

    /** Two triangles 0-1-2 and 3-4-5 joined by the edge 2–3. */
    private static final int[] FROM = {0, 1, 2, 3, 4, 5, 2};
    private static final int[] TO = {1, 2, 0, 4, 5, 3, 3};

    @Test
    void twoTrianglesJoinedByAnEdgeHaveTheTextbookModularity() {
        double q = Modularity.of(FROM, TO, new int[] {0, 0, 0, 1, 1, 1});

        assertThat(q).isCloseTo(6.0 / 7 - 0.5, within(1e-12));
    }

    @Test
    void oneCommunityHasModularityZeroAndAWrongSplitLess() {
        assertThat(Modularity.of(FROM, TO, new int[6])).isCloseTo(0.0, within(1e-12));
        assertThat(Modularity.of(FROM, TO, new int[] {0, 1, 0, 1, 0, 1})).isNegative();
    }
}
