package app.parley.render.fx;

import app.parley.render.FontSpec;
import app.parley.render.Rgba;
import app.parley.render.Stroke;
import app.parley.render.Surface;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

/**
 * A surface over a JavaFX canvas. Use it on the JavaFX thread only. Lines end flat and join mitred, as in SVG, so the
 * screen and an SVG export agree.
 */
public final class FxSurface implements Surface {

    private final GraphicsContext gc;

    /** Draws onto {@code gc}, setting its line ends, text baseline and alignment to what the painter expects. */
    public FxSurface(GraphicsContext gc) {
        this.gc = gc;
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineJoin(StrokeLineJoin.MITER);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /** The JavaFX colour of {@code rgba}. */
    public static Color color(Rgba rgba) {
        return Color.rgb(rgba.red(), rgba.green(), rgba.blue(), rgba.opacity());
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void transform(double scale, double dx, double dy) {
        gc.transform(scale, 0, 0, scale, dx, dy);
    }

    @Override
    public void setOpacity(double alpha) {
        gc.setGlobalAlpha(gc.getGlobalAlpha() * Math.max(0, Math.min(1, alpha)));
    }

    @Override
    public void fillRect(double x, double y, double width, double height, Rgba fill) {
        gc.setFill(color(fill));
        gc.fillRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, Rgba fill) {
        gc.setFill(color(fill));
        gc.fillRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, Stroke stroke) {
        useStroke(stroke);
        gc.strokeRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void fillOval(double x, double y, double width, double height, Rgba fill) {
        gc.setFill(color(fill));
        gc.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height, Stroke stroke) {
        useStroke(stroke);
        gc.strokeOval(x, y, width, height);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, Rgba fill) {
        checkPoints(xs, ys);
        gc.setFill(color(fill));
        gc.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, Stroke stroke) {
        checkPoints(xs, ys);
        useStroke(stroke);
        gc.strokePolygon(xs, ys, xs.length);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2, Stroke stroke) {
        useStroke(stroke);
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void strokeQuadCurve(double x1, double y1, double cx, double cy, double x2, double y2, Stroke stroke) {
        useStroke(stroke);
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.quadraticCurveTo(cx, cy, x2, y2);
        gc.stroke();
    }

    @Override
    public void fillText(String text, double x, double baseline, FontSpec font, Rgba fill) {
        gc.setFont(ParleyFonts.font(font));
        gc.setFill(color(fill));
        gc.fillText(text, x, baseline);
    }

    private void useStroke(Stroke stroke) {
        gc.setStroke(color(stroke.color()));
        gc.setLineWidth(stroke.width());
        gc.setLineDashes(stroke.dashed() ? stroke.dashes() : null);
    }

    private static void checkPoints(double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("A polygon needs as many x as y coordinates");
        }
    }
}
