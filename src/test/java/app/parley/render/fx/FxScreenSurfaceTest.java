package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class FxScreenSurfaceTest {

    private static PixelReader paint(boolean screen, Consumer<FxSurface> painting) {
        return FxPlatform.call(() -> {
            Canvas canvas = new Canvas(40, 40);
            painting.accept(screen ? FxSurface.forScreen(canvas.getGraphicsContext2D())
                    : new FxSurface(canvas.getGraphicsContext2D()));
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            return canvas.snapshot(parameters, null).getPixelReader();
        });
    }

    @Test
    void onlyTheScreenAsksForSketchesAsPixels() {
        FxSurface[] surfaces = FxPlatform.call(() -> new FxSurface[] {
            FxSurface.forScreen(new Canvas(1, 1).getGraphicsContext2D()),
            new FxSurface(new Canvas(1, 1).getGraphicsContext2D())});

        assertThat(surfaces[0].prefersPixelSketches()).isTrue();
        assertThat(surfaces[1].prefersPixelSketches()).isFalse();
    }

    @Test
    void pixelsLandOnTheDevicePixelsTheirRectangleMapsTo() {
        int red = 0xFFFF0000;
        int halfBlue = 0x80000080;
        int[] argb = {red, 0, red, halfBlue, red, 0};

        PixelReader pixels = paint(true, surface -> {
            surface.transform(2, 10, 5);
            surface.drawPixels(argb, 3, 2, 0, 0, 1.5, 1);
        });

        assertThat(pixels.getArgb(10, 5)).isEqualTo(red);
        assertThat(pixels.getArgb(11, 5)).isZero();
        assertThat(pixels.getArgb(12, 5)).isEqualTo(red);
        assertThat(pixels.getArgb(10, 6) >>> 24).isEqualTo(0x80);
        assertThat(pixels.getArgb(10, 6) & 0xFF).isEqualTo(0xFF);
        assertThat(pixels.getArgb(11, 6)).isEqualTo(red);
        assertThat(pixels.getArgb(13, 5)).isZero();
        assertThat(pixels.getArgb(9, 5)).isZero();
    }

    @Test
    void batchedRectanglesAndLinesPaintLikeSingleOnes() {
        PixelReader pixels = paint(false, surface -> {
            surface.fillRects(new double[] {2, 2, 4, 4, 20, 20, 5, 5}, 2, Rgba.hex(0x00FF00));
            surface.strokeLines(new double[] {0, 35.5, 40, 35.5, 30.5, 0, 30.5, 10}, 2, Stroke.solid(Rgba.BLACK, 1));
        });

        assertThat(pixels.getArgb(3, 3)).isEqualTo(0xFF00FF00);
        assertThat(pixels.getArgb(22, 22)).isEqualTo(0xFF00FF00);
        assertThat(pixels.getArgb(10, 10)).isZero();
        assertThat(pixels.getArgb(15, 35)).isEqualTo(0xFF000000);
        assertThat(pixels.getArgb(30, 5)).isEqualTo(0xFF000000);
        assertThat(pixels.getArgb(30, 20)).isZero();
    }
}
