package app.parley.render.fx;

import app.parley.render.paint.Surface;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * A surface over a JavaFX canvas. Use it on the JavaFX thread only. Lines end flat and join mitred, as in SVG, so the
 * screen and an SVG export agree.
 */
public final class FxSurface implements Surface {

    /** The image screen frames draw their pixels through, reused from frame to frame. */
    private static final FrameImages SCREEN_IMAGES = new FrameImages();

    private final GraphicsContext gc;
    /** Where sketches drawn as pixels go through, or {@code null} when this surface draws shapes only. */
    private final FrameImages images;
    private final boolean screen;
    /** How many images this surface (one frame) has drawn its pixels through. */
    private int imagesUsed;

    /** Draws onto {@code gc}, setting its line ends, text baseline and alignment to what the painter expects. */
    public FxSurface(GraphicsContext gc) {
        this(gc, null);
    }

    /** A surface whose far-away sketches come as pixels through {@code images}. */
    FxSurface(GraphicsContext gc, FrameImages images) {
        this(gc, images, false);
    }

    /** A surface whose pixels go through {@code images}; {@code screen} for frames shown on a screen. */
    FxSurface(GraphicsContext gc, FrameImages images, boolean screen) {
        this.gc = gc;
        this.images = images;
        this.screen = screen;
        gc.setLineCap(StrokeLineCap.BUTT);
        gc.setLineJoin(StrokeLineJoin.MITER);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * A surface for a canvas on screen: far-away sketches come as pixels, which keeps tens of thousands of actors at
     * frame rate, and curves are cut to what shows. Use one per frame, on the JavaFX thread.
     */
    public static FxSurface forScreen(GraphicsContext gc) {
        return new FxSurface(gc, SCREEN_IMAGES, true);
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

    @Override
    public boolean drawsScreenFrames() {
        return screen;
    }

    @Override
    public boolean prefersPixelSketches() {
        return images != null;
    }

    @Override
    public void drawPixels(int[] argb, int width, int height, double x, double y, double w, double h) {
        if (images == null) {
            throw new UnsupportedOperationException("This surface draws shapes only");
        }
        WritableImage image = images.image(imagesUsed++, argb, width, height);
        Affine device = gc.getTransform();
        Point2D corner = device.transform(x, y);
        Point2D far = device.transform(x + w, y + h);
        gc.save();
        gc.setImageSmoothing(false);
        if (Math.abs(far.getX() - corner.getX() - width) < 0.5 && Math.abs(far.getY() - corner.getY() - height) < 0.5) {
            gc.setTransform(1, 0, 0, 1, Math.round(corner.getX()), Math.round(corner.getY()));
            gc.drawImage(image, 0, 0, width, height, 0, 0, width, height);
        } else {
            gc.drawImage(image, 0, 0, width, height, x, y, w, h);
        }
        gc.restore();
    }

    @Override
    public void strokeLines(double[] xy, int count, Stroke stroke) {
        useStroke(stroke);
        gc.beginPath();
        for (int i = 0; i < count; i++) {
            gc.moveTo(xy[4 * i], xy[4 * i + 1]);
            gc.lineTo(xy[4 * i + 2], xy[4 * i + 3]);
        }
        gc.stroke();
    }

    @Override
    public void strokeQuadCurves(double[] xy, int count, Stroke stroke) {
        useStroke(stroke);
        gc.beginPath();
        for (int i = 0; i < count; i++) {
            int at = 6 * i;
            gc.moveTo(xy[at], xy[at + 1]);
            gc.quadraticCurveTo(xy[at + 2], xy[at + 3], xy[at + 4], xy[at + 5]);
        }
        gc.stroke();
    }

    @Override
    public void fillTriangles(double[] xy, int count, Rgba fill) {
        gc.setFill(color(fill));
        gc.beginPath();
        for (int i = 0; i < count; i++) {
            int at = 6 * i;
            gc.moveTo(xy[at], xy[at + 1]);
            gc.lineTo(xy[at + 2], xy[at + 3]);
            gc.lineTo(xy[at + 4], xy[at + 5]);
            gc.closePath();
        }
        gc.fill();
    }

    @Override
    public void fillRects(double[] xywh, int count, Rgba fill) {
        gc.setFill(color(fill));
        gc.beginPath();
        for (int i = 0; i < count; i++) {
            gc.rect(xywh[4 * i], xywh[4 * i + 1], xywh[4 * i + 2], xywh[4 * i + 3]);
        }
        gc.fill();
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
