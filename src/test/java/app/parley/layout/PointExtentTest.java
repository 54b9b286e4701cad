package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PointExtentTest {

    @Test
    void extentHoldsTheLowestAndHighestCoordinatesOfTheCountedPointsOnly() {
        double[] x = {3, -1, 2, 100};
        double[] y = {0.5, 4, -2, -100};

        PointExtent extent = PointExtent.of(x, y, 3);

        assertThat(extent).isEqualTo(new PointExtent(-1, -2, 3, 4));
        assertThat(extent.width()).isEqualTo(4);
        assertThat(extent.height()).isEqualTo(6);
    }

    @Test
    void noPointsGiveAnEmptyExtentWhoseSidesAreNotPositive() {
        PointExtent extent = PointExtent.of(new double[0], new double[0], 0);

        assertThat(extent.minX()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(extent.maxY()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(extent.width() > 0).isFalse();
    }

    @Test
    void moreOrFewerPointsThanTheCoordinatesHoldAreRefused() {
        assertThatThrownBy(() -> PointExtent.of(new double[2], new double[1], 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PointExtent.of(new double[2], new double[2], -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boxExtentHoldsEveryGrownBoxAndGrowsToHoldARectangle() {
        LayoutGraph graph = new LayoutGraph(2, new int[0], new int[0], new double[] {4, 2}, new double[] {2, 6});
        LayoutModel model = new LayoutModel(2);
        model.set(0, 0, 0);
        model.set(1, 10, 1);

        PointExtent grown = PointExtent.ofBoxes(graph, model, 2, 0.5);

        assertThat(grown).isEqualTo(new PointExtent(-4, -0.5, 12, 2.5));
        assertThat(grown.including(-5, 0, 1, 10)).isEqualTo(new PointExtent(-5, -0.5, 12, 10));
        assertThatThrownBy(() -> PointExtent.ofBoxes(graph, model, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boxExtentOfArraysHoldsTheCountedBoxesOnly() {
        double[] x = {0, 10, 100};
        double[] y = {0, 1, 100};
        double[] widths = {4, 2, 1};
        double[] heights = {2, 6, 1};

        assertThat(PointExtent.ofBoxes(x, y, widths, heights, 2)).isEqualTo(new PointExtent(-2, -2, 11, 4));
        assertThatThrownBy(() -> PointExtent.ofBoxes(x, y, widths, new double[1], 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
