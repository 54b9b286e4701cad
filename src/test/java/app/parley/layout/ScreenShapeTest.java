package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScreenShapeTest {

    @Test
    void aComponentSpreadAlongADiagonalIsTurnedToRunAcrossInTheSameOrder() {
        double[] x = {0, 100, 200, 300, 400};
        double[] y = {0, 100, 200, 300, 400};
        double[] widths = {100, 100, 100, 100, 100};
        double[] heights = {30, 30, 30, 30, 30};

        ScreenShape.apply(x, y, widths, heights, 40);

        for (int i = 0; i < x.length; i++) {
            assertThat(y[i]).as("y of " + i).isCloseTo(200, within(1e-6));
        }
        for (int i = 1; i < x.length; i++) {
            assertThat(Math.abs(x[i] - x[i - 1])).isCloseTo(Math.abs(x[1] - x[0]), within(1e-6));
        }
        assertThat(x[0] < x[4] ? x : reversed(x)).isSorted();
    }

    @Test
    void aRoundComponentIsScaledToAWideRectangleTheBoxesFillAtTheSetDensity() {
        int n = 24;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] widths = new double[n];
        double[] heights = new double[n];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            x[i] = 50 * Math.cos(angle);
            y[i] = 50 * Math.sin(angle);
            widths[i] = 300;
            heights[i] = 50;
        }

        ScreenShape.apply(x, y, widths, heights, 40);

        PointExtent extent = PointExtent.of(x, y, n);
        double wide = extent.width() + 340;
        double high = extent.height() + 90;
        assertThat(wide / high).isCloseTo(ScreenShape.SHAPED_ASPECT, within(0.05));
        assertThat(n * 340.0 * 90 / (wide * high)).isCloseTo(ScreenShape.DENSITY, within(0.02));
    }

    private static double[] reversed(double[] values) {
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[values.length - 1 - i];
        }
        return copy;
    }
}
