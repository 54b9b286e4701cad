package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimpleAdjacencyTest {

    /** Edges 2-0, 0-2 again, 1-1 (a loop), 0-1 and 3-2 in that order. */
    private static final LayoutGraph GRAPH =
            LayoutGraph.uniform(5, new int[] {2, 0, 1, 0, 3}, new int[] {0, 2, 1, 1, 2}, 10, 10);

    @Test
    void rowsAreSortedWithoutLoopsOrRepeatedEdges() {
        SimpleAdjacency adjacency = SimpleAdjacency.of(GRAPH);

        assertThat(adjacency.size()).isEqualTo(5);
        assertThat(adjacency.rowStart()).containsExactly(0, 2, 3, 5, 6, 6);
        assertThat(adjacency.neighbours()).containsExactly(1, 2, 0, 0, 3, 2);
        assertThat(adjacency.degree(2)).isEqualTo(2);
        assertThat(adjacency.degree(4)).isZero();
    }

    @Test
    void hopsCountEdgesAndMarkUnreachableVertices() {
        SimpleAdjacency adjacency = SimpleAdjacency.of(GRAPH);
        int[] hops = new int[5];
        int[] queue = new int[5];

        int reached = adjacency.hops(1, hops, queue);

        assertThat(hops).containsExactly(1, 0, 2, 3, -1);
        assertThat(reached).isEqualTo(4);
        assertThat(queue[reached - 1]).isEqualTo(3);
    }
}
