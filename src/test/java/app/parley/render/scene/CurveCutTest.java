package app.parley.render.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Cutting curves to a window, checked against the whole curve sampled densely. */
class CurveCutTest {

    private static final int SAMPLES = 20_000;
    private static final double[] DASHES = {12, 5};

    private static double x(double[] curve, double t) {
        double u = 1 - t;
        return u * u * curve[0] + 2 * u * t * curve[2] + t * t * curve[4];
    }

    private static double y(double[] curve, double t) {
        double u = 1 - t;
        return u * u * curve[1] + 2 * u * t * curve[3] + t * t * curve[5];
    }

    /** The length of the curve up to {@code t}, as a polyline of many short pieces. */
    private static double polylineLength(double[] curve, double t) {
        double length = 0;
        double px = curve[0];
        double py = curve[1];
        for (int i = 1; i <= SAMPLES; i++) {
            double s = t * i / SAMPLES;
            length += Math.hypot(x(curve, s) - px, y(curve, s) - py);
            px = x(curve, s);
            py = y(curve, s);
        }
        return length;
    }

    /** Curves from short to many thousands of units, gently or sharply bent, some nearly straight or folded back. */
    private static double[] randomCurve(SplittableRandom random) {
        double size = Math.exp(random.nextDouble(Math.log(10), Math.log(40_000)));
        double x1 = random.nextDouble(-size, size);
        double y1 = random.nextDouble(-size, size);
        double x2 = random.nextDouble(-size, size);
        double y2 = random.nextDouble(-size, size);
        double bend = switch (random.nextInt(4)) {
            case 0 -> 1e-7;
            case 1 -> 0.05;
            case 2 -> 0.5;
            default -> 3;
        };
        double cx = (x1 + x2) / 2 + random.nextDouble(-1, 1) * bend * size;
        double cy = (y1 + y2) / 2 + random.nextDouble(-1, 1) * bend * size;
        return new double[] {x1, y1, cx, cy, x2, y2};
    }

    @Test
    void noPointOfTheCurveInsideTheWindowIsCutAway() {
        SplittableRandom random = new SplittableRandom(7);
        int checked = 0;
        for (int round = 0; round < 400; round++) {
            double[] curve = randomCurve(random);
            double size = Math.abs(curve[4] - curve[0]) + Math.abs(curve[5] - curve[1]) + 1;
            double width = Math.exp(random.nextDouble(Math.log(1), Math.log(size)));
            Bounds window = new Bounds(x(curve, random.nextDouble()) - width * random.nextDouble(),
                    y(curve, random.nextDouble()) - width * random.nextDouble(), width, width * 0.6);
            double[] span = CurveCut.insideSpan(curve, window);
            for (int i = 0; i <= SAMPLES; i++) {
                double t = i / (double) SAMPLES;
                if (window.contains(x(curve, t), y(curve, t))) {
                    checked++;
                    assertThat(span).as("curve %s, window %s, t %s", curve, window, t).isNotNull();
                    assertThat(t).isBetween(span[0], span[1]);
                }
            }
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    @Test
    void aCutCurveStartsAWholeNumberOfDashPatternsAlongAndReachesTheWindow() {
        SplittableRandom random = new SplittableRandom(8);
        int cut = 0;
        for (int round = 0; round < 300; round++) {
            double[] curve = randomCurve(random);
            double t = random.nextDouble(0.2, 0.8);
            Bounds window = new Bounds(x(curve, t) - 20, y(curve, t) - 15, 40, 30);
            double[] inside = CurveCut.insideSpan(curve, window);
            double[] span = CurveCut.cutSpan(curve, window, DASHES);
            if (span == null || span[0] == 0) {
                continue;
            }
            cut++;
            double first = polylineLength(curve, inside[0]);
            double start = polylineLength(curve, span[0]);
            double patterns = start / 17;
            double offPattern = Math.abs(patterns - Math.round(patterns)) * 17;
            assertThat(offPattern).as("curve %s", curve).isLessThan(1e-6 * Math.max(1, start));
            assertThat(span[0]).isLessThanOrEqualTo(inside[0]);
            assertThat(first - start).isLessThan(17 + 1e-6 * first);
            assertThat(span[1]).isEqualTo(inside[1]);
        }
        assertThat(cut).isGreaterThan(100);
    }

    @Test
    void arcLengthMatchesAFinePolylineForStraightBentAndFoldedCurves() {
        double[][] curves = {
            {0, 0, 50, 0, 100, 0},
            {0, 0, 50, 1e-6, 100, 0},
            {0, 0, 50, 80, 100, 0},
            {0, 0, 100, 0, 40, 0},
            {-20_000, 3_000, 100, -9_000, 21_000, 2_500},
            {5, 5, 5, 5, 5, 5}};
        for (double[] curve : curves) {
            for (double t : new double[] {0, 0.13, 0.5, 0.77, 1}) {
                double expected = polylineLength(curve, t);
                assertThat(CurveCut.arcLength(curve, t)).as("curve %s at %s", curve, t)
                        .isCloseTo(expected, within(1e-6 * Math.max(1, expected)));
            }
        }
    }

    @Test
    void theParameterAtALengthIsFoundAgain() {
        double[] curve = {-20_000, 3_000, 100, -9_000, 21_000, 2_500};
        for (double t : new double[] {0.01, 0.3, 0.64, 0.999}) {
            double length = CurveCut.arcLength(curve, t);
            assertThat(CurveCut.parameterAt(curve, length, 1)).isCloseTo(t, within(1e-9));
        }
    }

    @Test
    void aPartOfACurveRunsAlongTheCurve() {
        double[] curve = {0, 0, 300, 900, 1000, 100};
        double[] part = CurveCut.part(curve, 0.2, 0.7);
        for (int i = 0; i <= 10; i++) {
            double s = i / 10.0;
            double t = 0.2 + 0.5 * s;
            assertThat(x(part, s)).isCloseTo(x(curve, t), within(1e-9));
            assertThat(y(part, s)).isCloseTo(y(curve, t), within(1e-9));
        }
    }

    @Test
    void aCurveInsideIsKeptWholeAndOneOutsideIsDropped() {
        Bounds window = new Bounds(-10, -10, 200, 200);

        assertThat(CurveCut.within(0, 0, 50, 90, 100, 0, window, DASHES)).containsExactly(0, 0, 50, 90, 100, 0);
        assertThat(CurveCut.within(0, 500, 50, 590, 100, 500, window, DASHES)).isNull();
    }
}
