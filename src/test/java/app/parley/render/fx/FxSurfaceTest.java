package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import java.util.function.Consumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class FxSurfaceTest {

    private static final Rgba RED = Rgba.hex(0xFF0000);
    private static final Rgba BLUE = Rgba.hex(0x0000FF);

    @Test
    void fillRectPaintsExactlyItsPixels() {
        PixelReader pixels = paint(40, 40, surface -> surface.fillRect(10, 10, 10, 10, RED));
        assertThat(pixels.getArgb(15, 15)).isEqualTo(0xFFFF0000);
        assertThat(pixels.getArgb(25, 15)).isEqualTo(0);
        assertThat(pixels.getArgb(9, 15)).isEqualTo(0);
    }

    @Test
    void transformScalesThenShifts() {
        PixelReader pixels = paint(40, 40, surface -> {
            surface.transform(2, 10, 5);
            surface.fillRect(0, 0, 5, 5, BLUE);
        });
        assertThat(pixels.getArgb(11, 6)).isEqualTo(0xFF0000FF);
        assertThat(pixels.getArgb(19, 14)).isEqualTo(0xFF0000FF);
        assertThat(pixels.getArgb(21, 14)).isZero();
        assertThat(pixels.getArgb(9, 6)).isZero();
    }

    @Test
    void restoreUndoesTransformAndOpacity() {
        PixelReader pixels = paint(40, 40, surface -> {
            surface.save();
            surface.transform(3, 0, 0);
            surface.setOpacity(0.5);
            surface.restore();
            surface.fillRect(0, 0, 4, 4, RED);
        });
        assertThat(pixels.getArgb(2, 2)).isEqualTo(0xFFFF0000);
        assertThat(pixels.getArgb(6, 6)).isZero();
    }

    @Test
    void opacitiesMultiply() {
        PixelReader pixels = paint(20, 20, surface -> {
            surface.setOpacity(0.5);
            surface.setOpacity(0.5);
            surface.fillRect(0, 0, 20, 20, Rgba.BLACK);
        });
        assertThat(pixels.getColor(10, 10).getOpacity()).isCloseTo(0.25, within(0.01));
    }

    @Test
    void ovalIsFilledInsideAndEmptyInTheCorners() {
        PixelReader pixels = paint(40, 40, surface -> surface.fillOval(0, 0, 40, 40, RED));
        assertThat(pixels.getArgb(20, 20)).isEqualTo(0xFFFF0000);
        assertThat(pixels.getArgb(1, 1)).isZero();
    }

    @Test
    void roundRectLeavesItsCornersEmpty() {
        PixelReader pixels = paint(40, 40, surface -> surface.fillRoundRect(0, 0, 40, 40, 20, BLUE));
        assertThat(pixels.getArgb(20, 20)).isEqualTo(0xFF0000FF);
        assertThat(pixels.getArgb(20, 1)).isEqualTo(0xFF0000FF);
        assertThat(pixels.getArgb(0, 0)).isZero();
    }

    @Test
    void polygonFillsItsTriangle() {
        PixelReader pixels = paint(40, 40,
                surface -> surface.fillPolygon(new double[] {0, 40, 0}, new double[] {0, 0, 40}, RED));
        assertThat(pixels.getArgb(5, 5)).isEqualTo(0xFFFF0000);
        assertThat(pixels.getArgb(35, 35)).isZero();
    }

    @Test
    void dashedLineLeavesGaps() {
        Stroke dashed = new Stroke(Rgba.BLACK, 4, new double[] {10, 10});
        PixelReader pixels = paint(60, 20, surface -> surface.strokeLine(0, 10, 60, 10, dashed));
        assertThat(pixels.getArgb(5, 10)).isEqualTo(0xFF000000);
        assertThat(pixels.getArgb(15, 10)).isZero();
        assertThat(pixels.getArgb(25, 10)).isEqualTo(0xFF000000);
    }

    @Test
    void quadCurveBendsTowardsItsControlPoint() {
        PixelReader pixels = paint(60, 60,
                surface -> surface.strokeQuadCurve(0, 50, 30, -10, 60, 50, Stroke.solid(Rgba.BLACK, 4)));
        assertThat(pixels.getColor(30, 20).getOpacity()).isGreaterThan(0.9);
        assertThat(pixels.getArgb(30, 50)).isZero();
    }

    @Test
    void textInksPixelsAboveItsBaseline() {
        PixelReader pixels = paint(200, 40,
                surface -> surface.fillText("İbrahim Kalın", 5, 30, FontSpec.bold(20), Rgba.BLACK));
        int inkAbove = 0;
        int inkBelow = 0;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 200; x++) {
                if (pixels.getColor(x, y).getOpacity() > 0.5) {
                    if (y < 30) {
                        inkAbove++;
                    } else if (y > 31) {
                        inkBelow++;
                    }
                }
            }
        }
        assertThat(inkAbove).isGreaterThan(300);
        assertThat(inkBelow).isZero();
    }

    private static PixelReader paint(int width, int height, Consumer<FxSurface> painting) {
        return FxPlatform.call(() -> {
            Canvas canvas = new Canvas(width, height);
            painting.accept(new FxSurface(canvas.getGraphicsContext2D()));
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            WritableImage image = canvas.snapshot(parameters, null);
            return image.getPixelReader();
        });
    }
}
