package app.parley.render.raster;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.render.fx.FxPlatform;
import app.parley.render.fx.FxSurface;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.CurveCut;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import java.util.Arrays;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** Links rasterized as pixels for the screen, compared with the same links stroked by JavaFX. */
class LinkRasterTest {

    private static final int WIDTH = 120;
    private static final int HEIGHT = 48;
    private static final double[][] CURVES = {
        {0, 20, 60, 20, 120, 20},
        {0, 5, 60, 45, 120, 5},
        {0, 0, 60, 20, 120, 40},
        {-2000, 1000, 60, -940, 2100, 1000},
        {10, -30, 30, 100, 110, -20}};
    private static final double[][] DASHES = {{}, {12, 5}, {4, 4}, {1.5, 4}};
    private static final double[] WIDTHS = {2.2, 2.0, 2.0, 1.4};

    /** The premultiplied alpha of each pixel of a curve stroked on a canvas. */
    private static int[] stroked(double[] curve, double width, double[] dashes) {
        return FxPlatform.call(() -> {
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            new FxSurface(canvas.getGraphicsContext2D()).strokeQuadCurve(curve[0], curve[1], curve[2], curve[3],
                    curve[4], curve[5], new Stroke(Rgba.BLACK, width, dashes));
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            int[] argb = new int[WIDTH * HEIGHT];
            canvas.snapshot(parameters, null).getPixelReader().getPixels(0, 0, WIDTH, HEIGHT,
                    PixelFormat.getIntArgbPreInstance(), argb, 0, WIDTH);
            return argb;
        });
    }

    private static int[] rastered(double[] curve, double width, double[] dashes) {
        LinkRaster raster = LinkRaster.of(WIDTH, HEIGHT);
        raster.curve(curve[0], curve[1], curve[2], curve[3], curve[4], curve[5], width, dashes, false);
        raster.inkIn(Rgba.BLACK, GraphDrawing.FADED);
        return Arrays.copyOf(raster.pixels(), WIDTH * HEIGHT);
    }

    /** Curves cut to the window first, as the screen cuts them, so that each is drawn in pieces of the same shape. */
    @Test
    void dashedCurvesAndLinesLookAsWhenStrokedAtSeveralScales() {
        for (double scale : new double[] {0.3, 0.76, 1, 2.5}) {
            for (double[] world : CURVES) {
                for (int style = 0; style < DASHES.length; style++) {
                    double[] curve = world.clone();
                    double[] dashes = DASHES[style].clone();
                    for (int i = 0; i < curve.length; i++) {
                        curve[i] = curve[i] * scale + (i % 2 == 0 ? 0 : HEIGHT / 2.0 * (1 - scale));
                    }
                    for (int i = 0; i < dashes.length; i++) {
                        dashes[i] *= scale;
                    }
                    curve = CurveCut.within(curve[0], curve[1], curve[2], curve[3], curve[4], curve[5],
                            new Bounds(-10, -10, WIDTH + 20, HEIGHT + 20), dashes);
                    int[] expected = stroked(curve, WIDTHS[style] * scale, dashes);
                    int[] actual = rastered(curve, WIDTHS[style] * scale, dashes);
                    long expectedInk = 0;
                    long actualInk = 0;
                    int largest = 0;
                    for (int i = 0; i < expected.length; i++) {
                        expectedInk += expected[i] >>> 24;
                        actualInk += actual[i] >>> 24;
                        largest = Math.max(largest, Math.abs((expected[i] >>> 24) - (actual[i] >>> 24)));
                    }
                    String what = String.format("curve %s, style %d, scale %s", Arrays.toString(world), style, scale);
                    assertThat(largest).as(what).isLessThanOrEqualTo(48);
                    assertThat((double) actualInk).as(what).isCloseTo(expectedInk,
                            org.assertj.core.api.Assertions.within(0.07 * expectedInk + 255));
                }
            }
        }
    }

    @Test
    void crossingLinksAddUpTheirInkAndFadedLinksLieUnderTheOthers() {
        LinkRaster raster = LinkRaster.of(40, 40);
        raster.line(0, 20, 40, 20, 3, new double[0], false);
        raster.line(20, 0, 20, 40, 3, new double[0], true);
        raster.line(0, 10.5, 40, 10.5, 0.5, new double[0], false);
        raster.line(0, 10.5, 40, 10.5, 0.5, new double[0], false);
        raster.inkIn(Rgba.BLACK, 0.25);
        int[] pixels = raster.pixels();

        assertThat(pixels[20 * 40 + 5] >>> 24).isEqualTo(255);
        assertThat(pixels[20 * 40 + 20] >>> 24).isEqualTo(255);
        assertThat(pixels[5 * 40 + 20] >>> 24).isBetween(62, 66);
        assertThat(pixels[10 * 40 + 5] >>> 24).isBetween(190, 193);
        assertThat(pixels[30 * 40 + 5]).isZero();
    }
}
