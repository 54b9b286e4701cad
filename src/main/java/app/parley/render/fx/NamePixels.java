package app.parley.render.fx;

import app.parley.render.paint.PixelFrame;
import app.parley.render.raster.PixelLayers;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The names of moving frames composed in Java, drawn from pixels kept per name rather than set as text by the renderer
 * every frame: JavaFX's software renderer rasterizes the glyphs of every new text size anew, which made the frames of a
 * zoom in close up cost 10–20 ms more than the same frames without names. A name is rasterized by JavaFX once, on an
 * offscreen canvas, as the canvas would draw it at that scale; while the view zooms it is rasterized only at the
 * scales of a ladder ({@value #STEPS_PER_DOUBLING} steps per doubling) and scaled down smoothly to the view's, and at
 * a scale held from one frame to the next (a pan) or on the ladder it is rasterized at the view's own scale and place
 * within the pixel, so that it shows as the canvas draws it. At most {@value #MAX_PIXELS} pixels are kept, the names
 * used longest ago let go first. Use it on the JavaFX thread only.
 */
final class NamePixels {

    /** Scales at which names are rasterized while the view zooms: the powers of two to the quarter. */
    static final int STEPS_PER_DOUBLING = 4;
    /** The most pixels kept for names (four bytes each). */
    static final long MAX_PIXELS = 8_000_000;
    /**
     * Where within a pixel a name starts, in these parts of a pixel: JavaFX places glyphs finer than a sixty-fourth
     * (a name placed a sixty-fourth off differed by 28 in a row of pixels).
     */
    private static final int PLACES = 4096;
    /** Pixels around a name's advance and line, for glyphs that reach beyond them. */
    private static final int MARGIN = 2;
    /** The widest strip of names rasterized in one go. */
    private static final int ATLAS_WIDTH = 2048;

    private final Map<Key, Raster> rasters = new LinkedHashMap<>(256, 0.75f, true);
    private final FxTextMeasurer measurer = new FxTextMeasurer();
    private long pixelsKept;
    private double lastScale = Double.NaN;
    private int rasterized;
    private Canvas atlas;

    /**
     * A name rasterized at {@code scale}, starting {@code placeX} and {@code placeY} parts ({@value #PLACES} to a
     * pixel) into the pixel its start lies in.
     */
    private record Key(String text, FontSpec font, Rgba fill, double scale, int placeX, int placeY) {
    }

    /** A name's premultiplied pixels; its start lies at ({@code startX}, {@code startY}) in them, and its place. */
    private record Raster(int[] argb, int width, int height, int startX, int startY) {
    }

    /** Where a name is set on the offscreen canvas: its cell's corner and size, and where its start lies in it. */
    private record Cell(int x, int y, int width, int height, int startX, int startY) {

        Cell at(int left, int top) {
            return new Cell(left, top, width, height, startX, startY);
        }
    }

    /** Lets go of every name's pixels, so that each name is rasterized again where it is next drawn. */
    void forget() {
        rasters.clear();
        pixelsKept = 0;
        lastScale = Double.NaN;
    }

    /** How many names have been rasterized so far. */
    int rasterized() {
        return rasterized;
    }

    /**
     * Draws into {@code layers}, in order, those of {@code texts} (in world units) whose start lies in {@code area}
     * (output pixels) and in the frame of {@code layers}, at {@code scale} pixels per world unit and shifted by
     * {@code offsetX} and {@code offsetY}, as the canvas sets them: only within the pixels {@code layers} already
     * holds, which are all it shows. Names not yet kept at the scale used are rasterized, in one go.
     */
    void draw(PixelLayers layers, List<PixelFrame.Text> texts, double scale, double offsetX, double offsetY,
              Bounds area) {
        if (texts.isEmpty() || layers.isClean()) {
            return;
        }
        boolean exact = onLadder(scale) || scale == lastScale;
        lastScale = scale;
        double rasterScale = exact ? scale : ladderAbove(scale);
        int clipLeft = layers.setLeft();
        int clipTop = layers.setTop();
        int clipRight = clipLeft + layers.setWidth();
        int clipBottom = clipTop + layers.setHeight();
        double left = Math.max(0, area.x());
        double top = Math.max(0, area.y());
        double right = Math.min(layers.width(), area.maxX());
        double bottom = Math.min(layers.height(), area.maxY());
        List<PixelFrame.Text> shown = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        List<Key> missing = new ArrayList<>();
        for (PixelFrame.Text text : texts) {
            double x = text.x() * scale + offsetX;
            double y = text.baseline() * scale + offsetY;
            if (!(x >= left && x < right && y >= top && y < bottom) || !(text.alpha() > 0)) {
                continue;
            }
            Key key = exact ? new Key(text.text(), text.font(), text.fill(), scale, place(x), place(y))
                    : new Key(text.text(), text.font(), text.fill(), rasterScale, 0, 0);
            shown.add(text);
            keys.add(key);
            if (!rasters.containsKey(key) && !missing.contains(key)) {
                missing.add(key);
            }
        }
        rasterize(missing);
        for (int i = 0; i < shown.size(); i++) {
            PixelFrame.Text text = shown.get(i);
            Raster raster = rasters.get(keys.get(i));
            if (raster == null) {
                continue;
            }
            double x = text.x() * scale + offsetX;
            double y = text.baseline() * scale + offsetY;
            if (exact) {
                layers.blend(raster.argb(), raster.width(), raster.height(), whole(x) - raster.startX(),
                        whole(y) - raster.startY(), raster.width(), raster.height(), text.alpha(), clipLeft, clipTop,
                        clipRight, clipBottom);
            } else {
                double change = scale / rasterScale;
                layers.blend(raster.argb(), raster.width(), raster.height(), x - raster.startX() * change,
                        y - raster.startY() * change, raster.width() * change, raster.height() * change,
                        text.alpha(), clipLeft, clipTop, clipRight, clipBottom);
            }
        }
    }

    /** Whether {@code scale} is one of the ladder's, to a millionth. */
    static boolean onLadder(double scale) {
        double steps = Math.log(scale) / Math.log(2) * STEPS_PER_DOUBLING;
        return Math.abs(steps - Math.rint(steps)) < 1e-6;
    }

    /** The smallest scale of the ladder at or above {@code scale}. */
    static double ladderAbove(double scale) {
        double steps = Math.ceil(Math.log(scale) / Math.log(2) * STEPS_PER_DOUBLING - 1e-6);
        return Math.pow(2, steps / STEPS_PER_DOUBLING);
    }

    /** Where within its pixel {@code position} lies, in parts of {@value #PLACES}. */
    private static int place(double position) {
        return (int) Math.floorMod(Math.round(position * PLACES), (long) PLACES);
    }

    /** The pixel {@code position} lies in, after rounding it to the parts {@link #place} counts. */
    private static int whole(double position) {
        return (int) Math.floorDiv(Math.round(position * PLACES), (long) PLACES);
    }

    /**
     * Rasterizes {@code keys} on the offscreen canvas, each in a cell of its own, as the canvas sets a name at that
     * scale and place, and keeps their pixels.
     */
    private void rasterize(List<Key> keys) {
        int from = 0;
        while (from < keys.size()) {
            List<Cell> cells = new ArrayList<>();
            int x = 0;
            int y = 0;
            int rowHeight = 0;
            int to = from;
            int usedWidth = 0;
            for (; to < keys.size(); to++) {
                Key key = keys.get(to);
                Cell cell = cell(key);
                if (x > 0 && x + cell.width() > ATLAS_WIDTH) {
                    x = 0;
                    y += rowHeight;
                    rowHeight = 0;
                }
                if (y > 0 && y + cell.height() > ATLAS_WIDTH) {
                    break;
                }
                cells.add(cell.at(x, y));
                x += cell.width();
                usedWidth = Math.max(usedWidth, x);
                rowHeight = Math.max(rowHeight, cell.height());
            }
            rasterize(keys.subList(from, to), cells, Math.min(ATLAS_WIDTH, usedWidth), y + rowHeight);
            from = to;
        }
        while (pixelsKept > MAX_PIXELS && !rasters.isEmpty()) {
            Iterator<Raster> eldest = rasters.values().iterator();
            pixelsKept -= (long) eldest.next().argb().length;
            eldest.remove();
        }
    }

    /** A name's cell, at the canvas's corner: its size, and where its start lies in it. */
    private Cell cell(Key key) {
        double scale = key.scale();
        FontSpec font = key.font();
        double size = font.size() * scale;
        int margin = MARGIN + (int) Math.ceil(size / 4);
        int startX = margin;
        int startY = margin + (int) Math.ceil(measurer.ascent(font) * scale);
        int width = startX + (int) Math.ceil(measurer.width(key.text(), font) * scale) + margin + 1;
        int height = startY + (int) Math.ceil(measurer.descent(font) * scale) + margin + 1;
        return new Cell(0, 0, Math.min(width, ATLAS_WIDTH), Math.min(height, ATLAS_WIDTH), startX, startY);
    }

    private void rasterize(List<Key> keys, List<Cell> cells, int width, int height) {
        if (keys.isEmpty() || width <= 0 || height <= 0) {
            return;
        }
        if (atlas == null || atlas.getWidth() < width || atlas.getHeight() < height) {
            atlas = new Canvas(Math.max(width, atlas == null ? 0 : atlas.getWidth()),
                    Math.max(height, atlas == null ? 0 : atlas.getHeight()));
        }
        GraphicsContext gc = atlas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, atlas.getWidth(), atlas.getHeight());
        FxSurface surface = new FxSurface(gc);
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            Cell cell = cells.get(i);
            gc.save();
            gc.beginPath();
            gc.rect(cell.x(), cell.y(), cell.width(), cell.height());
            gc.clip();
            gc.setTransform(key.scale(), 0, 0, key.scale(), cell.x() + cell.startX() + key.placeX() / (double) PLACES,
                    cell.y() + cell.startY() + key.placeY() / (double) PLACES);
            surface.fillText(key.text(), 0, 0, key.font(), key.fill());
            gc.restore();
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setViewport(new Rectangle2D(0, 0, width, height));
        WritableImage image = atlas.snapshot(parameters, null);
        PixelReader reader = image.getPixelReader();
        for (int i = 0; i < keys.size(); i++) {
            Cell cell = cells.get(i);
            int[] argb = new int[cell.width() * cell.height()];
            reader.getPixels(cell.x(), cell.y(), cell.width(), cell.height(), PixelFormat.getIntArgbPreInstance(),
                    argb, 0, cell.width());
            rasters.put(keys.get(i), new Raster(argb, cell.width(), cell.height(), cell.startX(), cell.startY()));
            pixelsKept += argb.length;
            rasterized++;
        }
    }
}
