package app.parley.layout.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CommunityShareTest {

    /** Two communities of three on a line, one member of the first drawn among the second. */
    private static final double[] X = {0, 1, 10, 10, 11, 12};
    private static final double[] Y = {0, 0, 1, 0, 0, 0};
    private static final int[] COMMUNITY = {0, 0, 0, 1, 1, 1};

    /**
     * Two nearest each: vertices 0 and 1 find each other and vertex 3 (1/2 each), 2 finds 3 and 4 (0), 3 finds 2 and
     * 4 at the same distance (1/2), 4 and 5 find only their own (1 each): 3.5 / 6.
     */
    @Test
    void theShareOfTheNearestInTheSameCommunityIsAveragedOverVertices() {
        assertThat(CommunityShare.of(X, Y, COMMUNITY, 2)).isCloseTo(3.5 / 6, within(1e-12));
    }

    /** Vertex 3 lies as near 2 as 4 and takes 2, the lower number; vertex 4 takes 3 rather than 5 the same way. */
    @Test
    void tiesOfDistanceGoToTheLowerVertexNumber() {
        assertThat(CommunityShare.of(X, Y, COMMUNITY, 1)).isCloseTo(4.0 / 6, within(1e-12));
    }

    /** With fewer than ten other vertices every other vertex is counted: two of five share each one's community. */
    @Test
    void aSmallDrawingCountsEveryOtherVertex() {
        assertThat(CommunityShare.of(X, Y, COMMUNITY)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void separateClumpsScoreOne() {
        double[] x = {0, 1, 0, 100, 101, 100};
        double[] y = {0, 0, 1, 0, 0, 1};

        assertThat(CommunityShare.of(x, y, COMMUNITY, 2)).isEqualTo(1.0);
    }

    @Test
    void everyVertexNeedsACommunity() {
        assertThatThrownBy(() -> CommunityShare.of(X, Y, new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("community");
    }
}
