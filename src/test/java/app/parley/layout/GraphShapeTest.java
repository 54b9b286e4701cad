package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.synthetic.KnownShape;
import app.parley.io.synthetic.KnownShapes;
import org.junit.jupiter.api.Test;

class GraphShapeTest {

    private static WeightedGraph weighted(KnownShape shape) {
        return WeightedGraph.of(LayoutGraph.uniform(shape.vertices(), shape.from(), shape.to(), 100, 30));
    }

    @Test
    void aGridIsLongAndABlockModelIsASmallWorld() {
        assertThat(GraphShape.isLong(weighted(KnownShapes.grid(30, 30)))).isTrue();
        assertThat(GraphShape.isLong(weighted(KnownShapes.blockModel(10, 100, 0.08, 0.001, 1)))).isFalse();
    }

    @Test
    void aBlockModelHasEvenDegreesAndAStarOfCommunitiesHasNot() {
        KnownShape sbm = KnownShapes.blockModel(10, 100, 0.08, 0.001, 1);
        int[] from = new int[99];
        int[] to = new int[99];
        for (int i = 0; i < 99; i++) {
            from[i] = 0;
            to[i] = i + 1;
        }
        WeightedGraph star = WeightedGraph.of(LayoutGraph.uniform(100, from, to, 100, 30));

        assertThat(GraphShape.hasEvenDegrees(weighted(sbm))).isTrue();
        assertThat(GraphShape.hasEvenDegrees(star)).isFalse();
    }
}
