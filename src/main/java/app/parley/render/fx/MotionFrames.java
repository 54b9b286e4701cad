package app.parley.render.fx;

import app.parley.render.paint.Composition;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.Overlay;
import app.parley.render.paint.PixelFrame;
import app.parley.render.raster.PixelLayers;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.Rgba;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

/**
 * Paints the frames of a graph view onto its canvas as map viewers do. A big graph's full frame is kept as an image
 * (the graph and its background, without the overlays: the sketch's own pixels when the frame was painted as one image
 * over the background, otherwise what the canvas shows, read back); while the view is panned or zoomed, each frame
 * draws that image moved and scaled to where the graph now lies, paints only the strips at the edges it does not cover
 * (as a moving view paints them), and puts the overlays on top. When the view has moved too far from the kept frame
 * (zoomed in fourfold or out twofold, or a good part of the window uncovered) or, zooming out, its level of detail
 * changes, the frame is painted in full and kept in its place. A zoom out is drawn, like a map viewer draws it, from
 * the earlier full frame it kept (the one before the last), when that still covers the whole window scaled up at most
 * {@value #MAX_UPSCALE}-fold, or from one of the coarser frames kept on the way in (one at each power of two of
 * scale), with the finer ones and the last kept frame over it, and no strip painted. Far out, where the graph is
 * sketched, a moving frame the kept frame does not cover is drawn from the overview instead: sketches of the whole
 * graph at a few zoom levels, built once on a thread of their own ({@link OverviewImages}), with the kept frame over it
 * where that is finer, so that neither strips nor a full frame are painted while a big graph's view moves far out. A
 * still view is always painted in full; small graphs are painted in full every frame.
 * The window and the bench paint through this class, so the frame times the bench prints are those the window shows.
 * Use it on the JavaFX thread only.
 */
public final class MotionFrames {

    /** How a frame was painted. */
    public enum Kind {
        /** Painted in full, as it always is for a small graph. */
        FULL,
        /** Painted in full and kept to draw the next moving frames from. */
        KEPT,
        /** Drawn from the kept frame, with the strips it did not cover. */
        REUSED,
        /**
         * Drawn from the overview of the whole graph (a sketch of it kept at a few zoom levels), with the kept frame
         * over it where that is finer: no link inked, no strip painted.
         */
        OVERVIEW,
        /** Painted again only where the drawing changed, over the frame already on the canvas. */
        PATCHED
    }

    /** Pixels added around a changed area before it is painted again, for antialiasing at its edges. */
    private static final int PATCH_MARGIN = 3;

    /** The most a kept frame is scaled down, the view zooming out, before a frame is painted in full again. */
    static final double MAX_ZOOM_CHANGE = 2;
    /**
     * The most a kept frame is scaled up while the view zooms in, its level of detail kept (a sketch stays a sketch)
     * until the next full frame: as a map viewer shows its coarser tiles until the finer ones come.
     */
    static final double MAX_ZOOM_IN = 4;
    /**
     * The most a kept frame is scaled up when it was itself painted ahead (a zoom out asks for one zoomed out up to
     * {@value #MAX_LEAD_ZOOM_OUT}-fold): a coarser picture for a few frames rather than one painted in full.
     */
    static final double MAX_ZOOM_IN_WAITING = 8;
    /**
     * The most a kept frame is scaled up while a frame is being painted ahead: a frame or two of a coarser picture until
     * it comes, rather than one painted in full on the JavaFX thread (at 100,000 actors that took 40–100 ms where the
     * bench's zoom in first leaves the overview).
     */
    static final double MAX_ZOOM_IN_BUSY = 16;
    /** The largest share of the window that may be left for strips before a frame is painted in full again. */
    static final double MAX_UNCOVERED = 0.6;

    /** The most an earlier kept frame is scaled up to fill the window of a zoom out. */
    static final double MAX_UPSCALE = 4;
    /**
     * How many earlier full frames are kept for zooming out. One: each more one drawn under a moving frame costs a
     * scaled image of the window, and with ten the 95th percentile of a 10,000-actor pan and zoom rose from 25 to 60
     * ms on a quiet machine ({@code bench}), though fewer frames were painted in full.
     */
    static final int EARLIER_FRAMES = 1;
    /**
     * How many earlier frames are kept at powers of two of scale for zooming out: eight, from the finest down to about
     * where the overview serves a zoom out of the bench; each is an image of the window.
     */
    static final int COARSE_FRAMES = 8;

    /**
     * How many frames ahead a moving view is foreseen when a frame is asked to be painted ahead: about as many as
     * painting one takes on its thread at 60 frames a second.
     */
    static final int LEAD_FRAMES = 4;
    /**
     * The most a frame asked for ahead is zoomed out from the view, to cover where a zoom out is going: by the time it
     * is painted the view has zoomed out towards it, so it is scaled up less than this.
     */
    static final double MAX_LEAD_ZOOM_OUT = 8;
    /**
     * How far the foreseen view may zoom in from the kept frame before a frame is asked for ahead: well before
     * {@link #MAX_ZOOM_IN}, so that it comes before the kept frame runs out.
     */
    static final double AHEAD_ZOOM_IN = 2;
    /**
     * The largest share of the foreseen view the kept frame may leave uncovered before a frame is asked for ahead: a
     * pan paints the strips it uncovers until then.
     */
    static final double AHEAD_UNCOVERED = 0.3;

    private final FrameImages images = new FrameImages();
    /** The overlays of moving frames, kept as pixels. */
    private final OverlayPixels overlayPixels = new OverlayPixels();
    /** Moving frames drawn from kept pixels, composed in pure Java. */
    private final ComposedFrames composed = new ComposedFrames();
    /** The names of moving frames composed in Java, kept as pixels. */
    private final NamePixels names = new NamePixels();
    /** Device pixels per output pixel of the canvas painted last. */
    private double screenScale = 1;
    private final OverviewImages overview;
    /**
     * The fewest links of a drawing whose moving frames the window paints ahead: below them a full moving frame costs
     * less than the processor the thread painting ahead takes from the renderer (quiet, at 30,000 links the 95th
     * percentile of the bench's moving frames was 17.8–20.0 ms in seven runs with frames painted ahead, and 15.4–20.6
     * ms, median 16.9, in four without).
     */
    static final int AHEAD_FROM_LINKS = 100_000;

    private final FramesAhead ahead;
    /** The fewest links a drawing has for its moving frames to be painted ahead. */
    private final int aheadFromLinks;
    /** Earlier full frames of the kept one's drawing, background and size, oldest first. */
    private final List<Kept> earlier = new ArrayList<>();
    /**
     * Earlier full frames let go, the last one at each power of two of scale, coarse to fine, at most
     * {@value #COARSE_FRAMES}: a pyramid of frames around where the view zoomed in, which a zoom out (twice as far out
     * each frame in the bench) is drawn from, as a map viewer shows its coarser tiles, rather than painted in full on
     * the JavaFX thread while the frame asked ahead is painted.
     */
    private final List<Kept> coarse = new ArrayList<>();
    private WritableImage kept;
    /** The kept image's premultiplied ARGB pixels. */
    private ImagePixels keptPixels;
    /** Where the kept image lies in the kept frame's output pixels. */
    private Bounds keptArea;
    /** Whether the kept image covers only part of the kept frame, the rest being background. */
    private boolean keptPadded;
    private Composition keptFrame;
    private GraphDrawing keptDrawing;
    private boolean keptSketched;
    /** Device pixels per output pixel of the kept image. */
    private double keptRenderScale = 1;
    /** The names drawn over the kept image when it was painted ahead (the image then holds none). */
    private List<PixelFrame.Text> keptTexts = List.of();
    /** The world rectangle the kept image covers when it is one image of pixels; {@code null} when read back. */
    private Bounds keptWorld;
    /** Whether the kept frame was painted ahead. */
    private boolean keptAhead;
    /** Counts the frames kept: a frame painted ahead is taken only when none was kept since it was asked for. */
    private long generation;
    /** What the previous moving frame showed (a world rectangle filling the canvas); {@code null} after a still one. */
    private Bounds lastShown;
    /** A drawing and scale at which a frame painted ahead came back as more than pixels: none is asked for near it. */
    private GraphDrawing refusedDrawing;
    private double refusedScale;
    private int adopted;

    /**
     * Frames of a window: a big graph's overview is built on a thread of its own, and its moving frames are painted
     * ahead on another.
     */
    public MotionFrames() {
        this(OverviewImages.BUILDER, FramesAhead.PAINTER, AHEAD_FROM_LINKS);
    }

    /** Frames whose overviews are built on {@code builder}, and none painted ahead. */
    MotionFrames(Executor builder) {
        this(builder, null, 0);
    }

    /**
     * Frames whose overviews are built on {@code builder} and whose moving frames are painted ahead on {@code painter}
     * ({@code null}: none painted ahead), for any drawing.
     */
    MotionFrames(Executor builder, Executor painter) {
        this(builder, painter, 0);
    }

    private MotionFrames(Executor builder, Executor painter, int aheadFromLinks) {
        this.overview = new OverviewImages(builder);
        this.ahead = new FramesAhead(painter);
        this.aheadFromLinks = aheadFromLinks;
    }

    /** How many moving frames were asked to be painted ahead, off the JavaFX thread. */
    public int framesAsked() {
        return ahead.asked();
    }

    /** How many frames painted ahead were taken to draw moving frames from. */
    public int framesAdopted() {
        return adopted;
    }

    /**
     * Lets go of the names' pixels kept for moving frames composed in Java, as before a view's first moving frame:
     * each name is rasterized again where it is next drawn.
     */
    public void forgetNamePixels() {
        names.forget();
    }

    /** How many names moving frames composed in Java have rasterized to draw them from pixels. */
    int namesRasterized() {
        return names.rasterized();
    }

    /** The time the frames painted ahead took on their thread, in milliseconds. */
    public double aheadMillis() {
        return ahead.paintingMillis();
    }

    /**
     * Completes when the overview of the big drawing painted last has been built (or could not be), so that moving
     * frames can be drawn from it: a bench waits for it as a user looks at a map before moving it.
     */
    public CompletableFuture<?> overviewBuilt() {
        return overview.built();
    }

    /**
     * Paints a frame of {@code drawing} seen through {@code window} (a world rectangle, fitted and centred) onto
     * {@code canvas}, over {@code background} and under {@code overlays}; {@code moving} while the view is being
     * panned or zoomed. Returns how the frame was painted.
     */
    public Kind paint(Canvas canvas, GraphDrawing drawing, Rgba background, Bounds window, List<Overlay> overlays,
                      boolean moving) {
        int width = (int) Math.floor(canvas.getWidth());
        int height = (int) Math.floor(canvas.getHeight());
        if (width < 1 || height < 1) {
            return Kind.FULL;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        FxSurface surface = new FxSurface(gc, images, true);
        Bounds tile = new Bounds(0, 0, width, height);
        screenScale = renderScaleOf(canvas);
        GraphDrawing shown = moving ? drawing.inMotion() : drawing;
        if (!drawing.isBig()) {
            forget();
            new Composition(width, height, background, shown, window, overlays).paintTile(surface, tile);
            return Kind.FULL;
        }
        overview.request(drawing, background);
        Composition frame = new Composition(width, height, background, shown, window, List.of());
        if (!moving) {
            lastShown = null;
            return paintKept(canvas, surface, frame, drawing, overlays, false);
        }
        adopt(canvas, drawing, frame);
        Kind kind = paintMoving(canvas, surface, gc, frame, drawing, overlays);
        lookAhead(frame, drawing);
        return kind;
    }

    private Kind paintMoving(Canvas canvas, FxSurface surface, GraphicsContext gc, Composition frame,
                             GraphDrawing drawing, List<Overlay> overlays) {
        int width = frame.width();
        int height = frame.height();
        Rgba background = frame.background();
        if (reuses(frame, drawing, background) && strips(keptPlacement(frame), width, height).isEmpty()) {
            drawFromKept(surface, gc, frame, drawing);
            finish(surface, gc, overlays, width, height, renderScaleOf(canvas));
            return Kind.REUSED;
        }
        OverviewImages.Shown level = overview.levelFor(frame, drawing, OverviewImages.MAX_UPSCALE);
        if (level != null) {
            drawOverview(surface, gc, frame, drawing, level);
            finish(surface, gc, overlays, width, height, renderScaleOf(canvas));
            return Kind.OVERVIEW;
        }
        if (zoomsOut(frame, drawing, background) && drawFromEarlier(surface, gc, frame)) {
            finish(surface, gc, overlays, width, height, renderScaleOf(canvas));
            return Kind.REUSED;
        }
        OverviewImages.Shown coarser = paintsAhead(drawing)
                ? overview.levelFor(frame, drawing, OverviewImages.MAX_UPSCALE_UNCOVERED) : null;
        if (coarser != null) {
            drawOverview(surface, gc, frame, drawing, coarser);
            finish(surface, gc, overlays, width, height, renderScaleOf(canvas));
            return Kind.OVERVIEW;
        }
        if (reuses(frame, drawing, background)) {
            drawFromKept(surface, gc, frame, drawing);
            finish(surface, gc, overlays, width, height, renderScaleOf(canvas));
            return Kind.REUSED;
        }
        return paintKept(canvas, surface, frame, drawing, overlays, true);
    }

    /**
     * Draws the moving frame composed in Java, if any, with the overlays composed into it when it covers the whole
     * window (JavaFX then draws one image), otherwise with the overlays drawn over it as their kept pixels.
     */
    private void finish(FxSurface surface, GraphicsContext gc, List<Overlay> overlays, int width, int height,
                        double renderScale) {
        PixelLayers layers = composed.pending();
        boolean whole = layers != null && layers.setLeft() == 0 && layers.setTop() == 0
                && layers.setWidth() == width && layers.setHeight() == height;
        if (whole && overlayPixels.compose(layers, overlays)) {
            composed.show(gc);
            return;
        }
        composed.show(gc);
        overlayPixels.paint(surface, gc, overlays, width, height, renderScale);
    }

    /** Draws {@code frame} from {@code level} of the overview, with the kept frame over it where that is finer. */
    private void drawOverview(FxSurface surface, GraphicsContext gc, Composition frame, GraphDrawing drawing,
                              OverviewImages.Shown level) {
        if (composes(frame)) {
            composeOverview(gc, frame, drawing, level);
        } else {
            OverviewImages.draw(gc, frame, level);
            drawKeptOver(surface, gc, frame, drawing, level.level().scale());
        }
    }

    /** Paints {@code frame} in full and keeps it; the overlays as kept pixels when {@code moving}. */
    private Kind paintKept(Canvas canvas, FxSurface surface, Composition frame, GraphDrawing drawing,
                           List<Overlay> overlays, boolean moving) {
        PixelKeeper keeper = new PixelKeeper(surface, frame.background());
        frame.paintTile(keeper, new Bounds(0, 0, frame.width(), frame.height()));
        keep(canvas, frame, drawing, keeper);
        if (moving) {
            overlayPixels.paint(surface, canvas.getGraphicsContext2D(), overlays, frame.width(), frame.height(),
                    renderScaleOf(canvas));
        } else {
            paintOverlays(surface, overlays, frame.width(), frame.height());
        }
        return Kind.KEPT;
    }

    /**
     * Takes the frame painted ahead, when it is done, of the same drawing, background and size, with no frame kept
     * since it was asked for, and keeps it in place of the kept frame.
     */
    private void adopt(Canvas canvas, GraphDrawing drawing, Composition frame) {
        FramesAhead.Ready ready = ahead.take();
        if (ready == null || ready.source() != drawing || ready.generation() != generation) {
            return;
        }
        Composition painted = ready.frame();
        if (ready.pixels().isEmpty()) {
            refusedDrawing = drawing;
            refusedScale = painted.scale();
            return;
        }
        if (!painted.background().equals(frame.background()) || painted.width() != frame.width()
                || painted.height() != frame.height()) {
            return;
        }
        PixelFrame pixels = ready.pixels().get();
        retire(drawing, painted, renderScaleOf(canvas));
        keptPadded = true;
        kept = new WritableImage(new PixelBuffer<>(pixels.width(), pixels.height(), IntBuffer.wrap(pixels.argb()),
                PixelFormat.getIntArgbPreInstance()));
        keptPixels = new ImagePixels(kept, pixels.argb());
        keptArea = outputArea(painted, pixels.world(), pixels.width(), pixels.height());
        keptTexts = pixels.texts();
        keptWorld = pixels.world();
        keptAhead = true;
        keptFrame = painted;
        keptDrawing = drawing;
        keptSketched = drawing.sketches(painted.scale());
        generation++;
        adopted++;
    }

    /**
     * Asks for a frame to be painted ahead when the kept frame will not serve the view {@value #LEAD_FRAMES} frames
     * on, foreseen from how it moved since the frame before (when it will not cover that view, or will be scaled up
     * more than {@value #AHEAD_ZOOM_IN}-fold or down more than {@value #MAX_ZOOM_CHANGE}-fold), unless the overview
     * will serve the view twice as many frames on. The frame asked for holds the view and that one, so that it serves
     * a while; a zoom in that the overview still serves asks for that one alone (the view would sketch most of the
     * graph, which the overview shows until then).
     */
    private void lookAhead(Composition frame, GraphDrawing drawing) {
        Bounds shown = shown(frame);
        Bounds previous = lastShown;
        lastShown = shown;
        Bounds whole = drawing.bounds().inflate(drawing.reach(frame.scale()));
        Composition later = frame(frame, foreseen(previous, shown, LEAD_FRAMES, whole));
        Bounds farther = foreseen(previous, shown, 2 * LEAD_FRAMES, whole);
        if (!paintsAhead(drawing) || ahead.busy() || shown.contains(whole) || servesLater(later, drawing)
                || overview.levelFor(frame(frame, farther), drawing, OverviewImages.MAX_UPSCALE) != null || refusedNear(drawing, frame.scale())) {
            return;
        }
        boolean fromOverview = farther.width() < shown.width()
                && overview.levelFor(frame, drawing, OverviewImages.MAX_UPSCALE) != null;
        ahead.ask(frame(frame, fromOverview ? farther : shown.union(farther)), drawing, generation);
    }

    /** {@code frame} with {@code window} in place of its own. */
    private static Composition frame(Composition frame, Bounds window) {
        return new Composition(frame.width(), frame.height(), frame.background(), frame.drawing(), window, List.of());
    }

    /**
     * The view {@code frames} frames after {@code shown}, moving on as it moved from {@code previous} (zoomed out at
     * most {@value #MAX_LEAD_ZOOM_OUT}-fold and no farther than to show all of {@code whole}, in at most
     * {@value #MAX_ZOOM_IN}-fold); {@code shown} itself when there is no view before it.
     */
    private static Bounds foreseen(Bounds previous, Bounds shown, int frames, Bounds whole) {
        if (previous == null || !(previous.width() > 0)) {
            return shown;
        }
        double wholeZoom = Math.max(whole.width() / shown.width(), whole.height() / shown.height());
        double zoom = Math.pow(shown.width() / previous.width(), frames);
        zoom = Math.max(1 / MAX_ZOOM_IN, Math.min(Math.min(MAX_LEAD_ZOOM_OUT, Math.max(1, wholeZoom)), zoom));
        double cx = shown.centerX() + (shown.centerX() - previous.centerX()) * frames;
        double cy = shown.centerY() + (shown.centerY() - previous.centerY()) * frames;
        double w = shown.width() * zoom;
        double h = shown.height() * zoom;
        return new Bounds(cx - w / 2, cy - h / 2, w, h);
    }

    /** Whether the kept frame will serve {@code later}, a frame foreseen. */
    private boolean servesLater(Composition later, GraphDrawing drawing) {
        if (keptFrame == null || keptDrawing != drawing || !keptFrame.background().equals(later.background())
                || keptFrame.width() != later.width() || keptFrame.height() != later.height()) {
            return false;
        }
        double change = later.scale() / keptFrame.scale();
        return change <= AHEAD_ZOOM_IN && change >= 1 / MAX_ZOOM_CHANGE
                && uncovered(placement(later), later, drawing) <= AHEAD_UNCOVERED;
    }

    /**
     * The share of {@code frame} that a picture placed at {@code covered} leaves uncovered, counting only where
     * {@code drawing} can ink (the rest is background, which a strip paints at no cost).
     */
    private static double uncovered(Bounds covered, Composition frame, GraphDrawing drawing) {
        double scale = frame.scale();
        Bounds world = drawing.bounds().inflate(drawing.reach(scale));
        double left = Math.max(0, world.x() * scale + frame.offsetX());
        double top = Math.max(0, world.y() * scale + frame.offsetY());
        double right = Math.min(frame.width(), world.maxX() * scale + frame.offsetX());
        double bottom = Math.min(frame.height(), world.maxY() * scale + frame.offsetY());
        if (right <= left || bottom <= top) {
            return 0;
        }
        double coveredWidth = Math.max(0, Math.min(right, covered.maxX()) - Math.max(left, covered.x()));
        double coveredHeight = Math.max(0, Math.min(bottom, covered.maxY()) - Math.max(top, covered.y()));
        return 1 - coveredWidth * coveredHeight / ((right - left) * (bottom - top));
    }

    private boolean refusedNear(GraphDrawing drawing, double scale) {
        return refusedDrawing == drawing && scale < refusedScale * 2 && scale > refusedScale / 2;
    }

    /** The world rectangle {@code frame} shows, filling its canvas. */
    private static Bounds shown(Composition frame) {
        double scale = frame.scale();
        return new Bounds(-frame.offsetX() / scale, -frame.offsetY() / scale, frame.width() / scale,
                frame.height() / scale);
    }

    /**
     * Paints again only the part of the canvas where the drawing changed since the frame on it was painted (the world
     * rectangle {@code changed}, with the reach of strokes and arrow heads), background, graph and overlays, exactly as
     * a full frame paints that part; the rest of the canvas keeps its pixels. The canvas must show a still frame of
     * the same view, background and overlays painted by this object. A graph that is not big, or whose names are set
     * as labels (placed over the whole graph), is painted in full. The kept frame is let go.
     */
    public Kind repaint(Canvas canvas, GraphDrawing drawing, Rgba background, Bounds window, List<Overlay> overlays,
                        Bounds changed) {
        int width = (int) Math.floor(canvas.getWidth());
        int height = (int) Math.floor(canvas.getHeight());
        if (width < 1 || height < 1) {
            return Kind.FULL;
        }
        Composition frame = new Composition(width, height, background, drawing, window, List.of());
        double scale = frame.scale();
        if (!drawing.isBig() || drawing.labelsNames(scale)) {
            return paint(canvas, drawing, background, window, overlays, false);
        }
        forget();
        Bounds world = changed.inflate(drawing.reach(scale));
        int left = Math.max(0, (int) Math.floor(world.x() * scale + frame.offsetX()) - PATCH_MARGIN);
        int top = Math.max(0, (int) Math.floor(world.y() * scale + frame.offsetY()) - PATCH_MARGIN);
        int right = Math.min(width, (int) Math.ceil(world.maxX() * scale + frame.offsetX()) + PATCH_MARGIN);
        int bottom = Math.min(height, (int) Math.ceil(world.maxY() * scale + frame.offsetY()) + PATCH_MARGIN);
        if (right <= left || bottom <= top) {
            return Kind.PATCHED;
        }
        Bounds patch = new Bounds(left, top, right - left, bottom - top);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        FxSurface surface = new FxSurface(gc, images, true);
        gc.save();
        gc.beginPath();
        gc.rect(patch.x(), patch.y(), patch.width(), patch.height());
        gc.clip();
        surface.save();
        surface.transform(1, patch.x(), patch.y());
        frame.paintTile(surface, patch);
        surface.restore();
        paintOverlays(surface, overlays, width, height);
        gc.restore();
        return Kind.PATCHED;
    }

    /** Lets go of the kept frame, so that the next one is painted in full, and of the overview. */
    public void forget() {
        overview.forget();
        ahead.forget();
        refusedDrawing = null;
        lastShown = null;
        kept = null;
        keptPixels = null;
        keptFrame = null;
        keptDrawing = null;
        earlier.clear();
        coarse.clear();
    }

    /**
     * A full frame kept: its picture and the picture's pixels, the frame it showed, and where the picture lies in that frame's output pixels;
     * {@code padded} when the picture is one image of pixels that covers only part of the frame, the rest being
     * background, and {@code world} the world rectangle it covers ({@code null} for a picture read back);
     * {@code texts} the names drawn over it (when it was painted ahead, as pixels without them).
     */
    private record Kept(WritableImage image, ImagePixels pixels, Composition frame, Bounds area, boolean padded, Bounds world,
                        List<PixelFrame.Text> texts) {

        int pixelWidth() {
            return (int) image.getWidth();
        }

        int pixelHeight() {
            return (int) image.getHeight();
        }
    }

    private Kept last() {
        return new Kept(kept, keptPixels, keptFrame, keptArea, keptPadded, keptWorld, keptTexts);
    }

    /** Whether {@code frame} shows the kept frame's drawing zoomed out, with earlier frames of it at hand. */
    private boolean zoomsOut(Composition frame, GraphDrawing drawing, Rgba background) {
        return keptFrame != null && keptDrawing == drawing && keptFrame.background().equals(background)
                && keptFrame.width() == frame.width() && keptFrame.height() == frame.height()
                && frame.scale() < keptFrame.scale() * (1 - 1e-9) && !earlierFrames().isEmpty();
    }

    /**
     * Draws {@code frame} from the kept frames, coarse to fine: the finest earlier frame that covers the whole window
     * without being scaled up more than {@value #MAX_UPSCALE}-fold, then every finer one (the last kept frame too)
     * where it lies. Composed in Java, an earlier frame with names between them is left out (the coarser one shows
     * there), since names are drawn over the composed picture. Returns false, drawing nothing, when no earlier frame
     * covers the window.
     */
    private boolean drawFromEarlier(FxSurface surface, GraphicsContext gc, Composition frame) {
        List<Kept> earlierFrames = earlierFrames();
        Kept base = null;
        for (Kept candidate : earlierFrames) {
            double upscale = frame.scale() / candidate.frame().scale();
            if (upscale <= MAX_UPSCALE && covers(placement(candidate.frame(), frame), frame)
                    && (base == null || candidate.frame().scale() > base.frame().scale())) {
                base = candidate;
            }
        }
        if (base == null) {
            return false;
        }
        List<Kept> layers = new ArrayList<>();
        for (Kept candidate : earlierFrames) {
            if (candidate.frame().scale() > base.frame().scale()) {
                layers.add(candidate);
            }
        }
        layers.add(last());
        layers.sort((a, b) -> Double.compare(a.frame().scale(), b.frame().scale()));
        List<Kept> withoutNamesBelow = new ArrayList<>(layers.size());
        for (Kept layer : layers) {
            if (layer.texts().isEmpty() || layer.frame() == keptFrame) {
                withoutNamesBelow.add(layer);
            }
        }
        if (composes(frame) && textsOnTopOnly(base, withoutNamesBelow)) {
            composeFromEarlier(gc, frame, base, withoutNamesBelow);
            return true;
        }
        gc.save();
        gc.setImageSmoothing(false);
        draw(surface, gc, base, frame);
        for (Kept layer : layers) {
            if (layer.frame().scale() > base.frame().scale()) {
                draw(surface, gc, layer, frame);
            }
        }
        gc.restore();
        return true;
    }

    /** Whether, of {@code base} and {@code layers} over it (coarse to fine), only the finest has names. */
    private static boolean textsOnTopOnly(Kept base, List<Kept> layers) {
        if (!base.texts().isEmpty() && !layers.isEmpty()) {
            return false;
        }
        for (int i = 0; i < layers.size() - 1; i++) {
            if (!layers.get(i).texts().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Composes {@code frame} from {@code base} and the finer of {@code layers} over it, then their names; it is drawn
     * with the overlays ({@link #finish}).
     */
    private void composeFromEarlier(GraphicsContext gc, Composition frame, Kept base, List<Kept> layers) {
        PixelLayers pixels = composed.next(frame.width(), frame.height());
        List<Kept> shown = new ArrayList<>();
        shown.add(base);
        for (Kept layer : layers) {
            if (layer.frame().scale() > base.frame().scale()) {
                shown.add(layer);
            }
        }
        for (Kept layer : shown) {
            Bounds placed = placement(layer.frame(), frame);
            if (placed.maxX() > 0 && placed.maxY() > 0 && placed.x() < frame.width() && placed.y() < frame.height()) {
                compose(pixels, layer, placed, frame);
            }
        }
        for (Kept layer : shown) {
            Bounds placed = placement(layer.frame(), frame);
            if (placed.maxX() > 0 && placed.maxY() > 0 && placed.x() < frame.width() && placed.y() < frame.height()) {
                composeTexts(pixels, layer.texts(), placed, frame);
            }
        }
    }

    /**
     * Composes into {@code layers} the names of {@code texts} whose start lies in {@code placed} and in the window, at
     * {@code frame}'s scale, from their kept pixels, within the pixels composed: JavaFX then draws one image.
     */
    private void composeTexts(PixelLayers layers, List<PixelFrame.Text> texts, Bounds placed, Composition frame) {
        names.draw(layers, texts, frame.scale(), frame.offsetX(), frame.offsetY(), placed);
    }

    private static void draw(FxSurface surface, GraphicsContext gc, Kept layer, Composition frame) {
        Bounds placed = placement(layer.frame(), frame);
        if (placed.maxX() <= 0 || placed.maxY() <= 0 || placed.x() >= frame.width() || placed.y() >= frame.height()) {
            return;
        }
        draw(surface, gc, layer, placed, frame);
    }

    /**
     * Draws {@code layer} with its frame's window at {@code placed} in {@code frame}'s output pixels, and the names it
     * was painted with, where they now lie, at the frame's scale.
     */
    private static void draw(FxSurface surface, GraphicsContext gc, Kept layer, Bounds placed, Composition frame) {
        double change = placed.width() / layer.frame().width();
        if (layer.padded()) {
            double left = Math.max(0, placed.x());
            double top = Math.max(0, placed.y());
            gc.setFill(FxSurface.color(frame.background()));
            gc.fillRect(left, top, Math.min(frame.width(), placed.maxX()) - left,
                    Math.min(frame.height(), placed.maxY()) - top);
        }
        Bounds area = layer.area();
        double imageWidth = layer.image().getWidth();
        double imageHeight = layer.image().getHeight();
        if (layer.world() != null && Math.abs(area.width() * change - imageWidth) >= 0.5) {
            drawOverWorld(gc, layer, frame);
        } else {
            gc.drawImage(layer.image(), 0, 0, imageWidth, imageHeight, placed.x() + area.x() * change,
                    placed.y() + area.y() * change, area.width() * change, area.height() * change);
        }
        if (!layer.texts().isEmpty()) {
            drawTexts(surface, layer.texts(), placed, frame);
        }
    }

    /**
     * Draws a kept image of pixels scaled over the world rectangle it covers, in {@code frame}'s world coordinates, as
     * the surface draws an image of pixels that it scales: so that the renderer picks the same pixels as in a full
     * frame painted at the kept frame's view.
     */
    private static void drawOverWorld(GraphicsContext gc, Kept layer, Composition frame) {
        Bounds world = layer.world();
        double scale = frame.scale();
        gc.save();
        gc.transform(scale, 0, 0, scale, frame.offsetX(), frame.offsetY());
        gc.drawImage(layer.image(), 0, 0, layer.image().getWidth(), layer.image().getHeight(), world.x(), world.y(),
                world.width(), world.height());
        gc.restore();
    }

    /** Draws the names whose start lies in {@code placed} and in the window, at {@code frame}'s scale. */
    private static void drawTexts(FxSurface surface, List<PixelFrame.Text> texts, Bounds placed, Composition frame) {
        double scale = frame.scale();
        double left = Math.max(0, placed.x());
        double top = Math.max(0, placed.y());
        double right = Math.min(frame.width(), placed.maxX());
        double bottom = Math.min(frame.height(), placed.maxY());
        surface.save();
        surface.transform(scale, frame.offsetX(), frame.offsetY());
        for (PixelFrame.Text text : texts) {
            double x = text.x() * scale + frame.offsetX();
            double y = text.baseline() * scale + frame.offsetY();
            if (x >= left && x < right && y >= top && y < bottom) {
                surface.save();
                surface.setOpacity(text.alpha());
                surface.fillText(text.text(), text.x(), text.baseline(), text.font(), text.fill());
                surface.restore();
            }
        }
        surface.restore();
    }

    private static boolean covers(Bounds placed, Composition frame) {
        return placed.x() <= 0 && placed.y() <= 0 && placed.maxX() >= frame.width() && placed.maxY() >= frame.height();
    }

    private static void paintOverlays(FxSurface surface, List<Overlay> overlays, int width, int height) {
        for (Overlay overlay : overlays) {
            surface.save();
            overlay.paint(surface, width, height);
            surface.restore();
        }
    }

    /** Whether {@code frame} can be drawn from the kept frame. */
    private boolean reuses(Composition frame, GraphDrawing drawing, Rgba background) {
        if (keptFrame == null || keptDrawing != drawing || !keptFrame.background().equals(background)
                || keptFrame.width() != frame.width() || keptFrame.height() != frame.height()) {
            return false;
        }
        double change = frame.scale() / keptFrame.scale();
        boolean zoomingIn = change > 1;
        if (!zoomingIn && drawing.sketches(frame.scale()) != keptSketched
                || change > (ahead.busy() ? MAX_ZOOM_IN_BUSY : keptAhead ? MAX_ZOOM_IN_WAITING : MAX_ZOOM_IN)
                || change < 1 / MAX_ZOOM_CHANGE) {
            return false;
        }
        return uncovered(placement(frame), frame, drawing) <= MAX_UNCOVERED;
    }

    /** Where the kept frame lies in {@code frame}, in output pixels. */
    Bounds placement(Composition frame) {
        return placement(keptFrame, frame);
    }

    /** Where {@code earlierFrame}'s picture lies in {@code frame}, in output pixels. */
    private static Bounds placement(Composition earlierFrame, Composition frame) {
        double change = frame.scale() / earlierFrame.scale();
        return new Bounds(frame.offsetX() - earlierFrame.offsetX() * change,
                frame.offsetY() - earlierFrame.offsetY() * change, earlierFrame.width() * change,
                earlierFrame.height() * change);
    }

    /**
     * Draws the kept frame over an overview of {@code frame} drawn at {@code levelScale}, where it lies, when it is of
     * the same drawing and finer than the overview, and scaled up at most {@value #MAX_ZOOM_IN}-fold.
     */
    private void drawKeptOver(FxSurface surface, GraphicsContext gc, Composition frame, GraphDrawing drawing,
                              double levelScale) {
        if (!keptOver(frame, drawing, levelScale)) {
            return;
        }
        gc.save();
        gc.setImageSmoothing(false);
        draw(surface, gc, last(), frame);
        gc.restore();
    }

    /**
     * Whether the kept frame is drawn over an overview of {@code frame} drawn at {@code levelScale}: when it is of the
     * same drawing and finer than the overview, and scaled up at most {@value #MAX_ZOOM_IN}-fold.
     */
    private boolean keptOver(Composition frame, GraphDrawing drawing, double levelScale) {
        return keptFrame != null && keptDrawing == drawing && keptFrame.background().equals(frame.background())
                && keptFrame.width() == frame.width() && keptFrame.height() == frame.height()
                && keptFrame.scale() > levelScale && frame.scale() / keptFrame.scale() <= MAX_ZOOM_IN;
    }

    /**
     * Whether moving frames are composed from kept pixels in pure Java and drawn as one image: when the background is
     * opaque and the screen has one device pixel per output pixel.
     */
    private boolean composes(Composition frame) {
        return screenScale == 1 && keptRenderScale == 1 && frame.background().alpha() == 255;
    }

    /**
     * Composes {@code frame} from {@code level} of the overview over the background, with the kept frame over it
     * where {@link #keptOver} says, and the kept frame's names; it is drawn with the overlays ({@link #finish}).
     */
    private void composeOverview(GraphicsContext gc, Composition frame, GraphDrawing drawing,
                                 OverviewImages.Shown level) {
        PixelLayers layers = composed.next(frame.width(), frame.height());
        layers.fill(0, 0, frame.width(), frame.height(), premultiplied(frame.background()));
        Bounds world = level.level().world();
        double scale = frame.scale();
        double perPixel = world.width() * scale / level.level().width();
        layers.draw(level.level().argb(), level.level().width(), level.level().height(),
                world.x() * scale + frame.offsetX(), world.y() * scale + frame.offsetY(),
                level.level().width() * perPixel, level.level().height() * perPixel);
        Kept over = keptOver(frame, drawing, level.level().scale()) ? last() : null;
        Bounds placed = over == null ? null : placement(frame);
        boolean shows = over != null && placed.maxX() > 0 && placed.maxY() > 0 && placed.x() < frame.width()
                && placed.y() < frame.height();
        if (shows) {
            compose(layers, over, placed, frame);
            composeTexts(layers, over.texts(), placed, frame);
        }
    }

    /**
     * Composes {@code layer} with its frame's window at {@code placed} in {@code frame}'s output pixels into
     * {@code layers}, as {@link #draw(FxSurface, GraphicsContext, Kept, Bounds, Composition)} draws it, without its
     * names.
     */
    private static void compose(PixelLayers layers, Kept layer, Bounds placed, Composition frame) {
        double change = placed.width() / layer.frame().width();
        if (layer.padded()) {
            double left = Math.max(0, placed.x());
            double top = Math.max(0, placed.y());
            layers.fill(left, top, Math.min(frame.width(), placed.maxX()) - left,
                    Math.min(frame.height(), placed.maxY()) - top, premultiplied(frame.background()));
        }
        Bounds area = layer.area();
        int imageWidth = layer.pixelWidth();
        int imageHeight = layer.pixelHeight();
        if (layer.world() != null && Math.abs(area.width() * change - imageWidth) >= 0.5) {
            Bounds world = layer.world();
            double scale = frame.scale();
            layers.draw(layer.pixels().argb(), imageWidth, imageHeight, world.x() * scale + frame.offsetX(),
                    world.y() * scale + frame.offsetY(), world.width() * scale, world.height() * scale);
        } else {
            layers.draw(layer.pixels().argb(), imageWidth, imageHeight, placed.x() + area.x() * change,
                    placed.y() + area.y() * change, area.width() * change, area.height() * change);
        }
    }

    /** {@code rgba} as a premultiplied ARGB pixel. */
    private static int premultiplied(Rgba rgba) {
        int alpha = rgba.alpha();
        return alpha << 24 | (rgba.red() * alpha + 127) / 255 << 16 | (rgba.green() * alpha + 127) / 255 << 8
                | (rgba.blue() * alpha + 127) / 255;
    }

    /** Where the kept frame's window lies in {@code frame}: on whole device pixels for a pure pan. */
    private Bounds keptPlacement(Composition frame) {
        Bounds placed = placement(frame);
        double change = placed.width() / keptFrame.width();
        boolean pan = Math.abs(change - 1) < 1e-9;
        double device = keptRenderScale;
        double x = pan ? Math.round(placed.x() * device) / device : placed.x();
        double y = pan ? Math.round(placed.y() * device) / device : placed.y();
        return new Bounds(x, y, placed.width(), placed.height());
    }

    /**
     * Paints the strips of {@code frame} the kept frame does not cover, then the kept frame over the rest: a pure pan
     * by whole device pixels puts every kept pixel where the full frame would paint it. When the kept frame is one
     * image of pixels, the strips are painted so too, however few links they hold, and, when the frame is composed in
     * Java, composed with it (their pixels and names), so that JavaFX draws one image ({@link #finish}).
     */
    private void drawFromKept(FxSurface surface, GraphicsContext gc, Composition frame, GraphDrawing drawing) {
        Bounds placed = keptPlacement(frame);
        Composition painted = keptWorld == null ? frame : new Composition(frame.width(), frame.height(),
                frame.background(), drawing.inMotionAsPixels(), frame.window(), List.of());
        List<Bounds> strips = strips(placed, frame.width(), frame.height());
        List<PixelFrame> stripPixels = composes(frame) && keptWorld != null ? asPixels(painted, strips) : null;
        if (stripPixels == null) {
            for (Bounds strip : strips) {
                surface.save();
                surface.transform(1, strip.x(), strip.y());
                painted.paintTile(surface, strip);
                surface.restore();
            }
        }
        if (composes(frame)) {
            PixelLayers layers = composed.next(frame.width(), frame.height());
            if (stripPixels != null) {
                for (int i = 0; i < strips.size(); i++) {
                    composeStrip(layers, strips.get(i), stripPixels.get(i), frame);
                }
            }
            compose(layers, last(), placed, frame);
            composeTexts(layers, keptTexts, placed, frame);
            if (stripPixels != null) {
                for (int i = 0; i < strips.size(); i++) {
                    composeTexts(layers, outside(stripPixels.get(i).texts(), placed, frame), strips.get(i), frame);
                }
            }
            return;
        }
        gc.save();
        gc.setImageSmoothing(false);
        draw(surface, gc, last(), placed, frame);
        gc.restore();
    }

    /** {@code strips} of {@code painted} as pixels and names, or {@code null} when one of them draws more. */
    private static List<PixelFrame> asPixels(Composition painted, List<Bounds> strips) {
        List<PixelFrame> pixels = new ArrayList<>(strips.size());
        for (Bounds strip : strips) {
            PixelFrame tile = PixelFrame.ofTile(painted, strip).orElse(null);
            if (tile == null) {
                return null;
            }
            pixels.add(tile);
        }
        return pixels;
    }

    /**
     * Composes {@code strip} of {@code frame}: its background, then its pixels where they lie, as the canvas draws
     * them (pixel for pixel on whole pixels when unscaled, else scaled without smoothing).
     */
    private static void composeStrip(PixelLayers layers, Bounds strip, PixelFrame pixels, Composition frame) {
        layers.fill(strip.x(), strip.y(), strip.width(), strip.height(), premultiplied(frame.background()));
        if (pixels.width() == 0) {
            return;
        }
        Bounds world = pixels.world();
        double scale = frame.scale();
        double x = world.x() * scale + frame.offsetX();
        double y = world.y() * scale + frame.offsetY();
        double w = world.width() * scale;
        double h = world.height() * scale;
        if (Math.abs(w - pixels.width()) < 0.5 && Math.abs(h - pixels.height()) < 0.5) {
            layers.draw(pixels.argb(), pixels.width(), pixels.height(), Math.round(x), Math.round(y), pixels.width(),
                    pixels.height());
        } else {
            layers.draw(pixels.argb(), pixels.width(), pixels.height(), x, y, w, h);
        }
    }

    /** Those of {@code texts} whose start does not lie in {@code placed}, where the kept frame's names are drawn. */
    private static List<PixelFrame.Text> outside(List<PixelFrame.Text> texts, Bounds placed, Composition frame) {
        List<PixelFrame.Text> outside = new ArrayList<>(texts.size());
        for (PixelFrame.Text text : texts) {
            double x = text.x() * frame.scale() + frame.offsetX();
            double y = text.baseline() * frame.scale() + frame.offsetY();
            if (!(x >= placed.x() && x < placed.maxX() && y >= placed.y() && y < placed.maxY())) {
                outside.add(text);
            }
        }
        return outside;
    }

    /**
     * Keeps the graph of {@code frame} before any overlay: the one image of pixels it was painted as, when
     * {@code keeper} saw only that (no need to read the canvas back), otherwise what the canvas shows now, at the
     * screen's pixel density.
     */
    private void keep(Canvas canvas, Composition frame, GraphDrawing drawing, PixelKeeper keeper) {
        double renderScale = renderScaleOf(canvas);
        retire(drawing, frame, renderScale);
        generation++;
        keptTexts = List.of();
        keptAhead = false;
        if (keeper.keptPixels()) {
            keptPadded = true;
            int[] pixels = keeper.copyOfPixels();
            kept = new WritableImage(new PixelBuffer<>(keeper.width(), keeper.height(),
                    IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance()));
            keptPixels = new ImagePixels(kept, pixels);
            keptArea = outputArea(frame, keeper.world(), keeper.width(), keeper.height());
            keptWorld = keeper.world();
        } else {
            keptWorld = null;
            int width = (int) Math.ceil(frame.width() * renderScale);
            int height = (int) Math.ceil(frame.height() * renderScale);
            keptPadded = false;
            kept = new WritableImage(width, height);
            keptArea = new Bounds(0, 0, width / renderScale, height / renderScale);
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setTransform(Transform.scale(renderScale, renderScale));
            parameters.setViewport(new Rectangle2D(0, 0, width, height));
            canvas.snapshot(parameters, kept);
            keptPixels = new ImagePixels(kept, null);
        }
        keptFrame = frame;
        keptDrawing = drawing;
        keptSketched = drawing.sketches(frame.scale());
    }

    private static double renderScaleOf(Canvas canvas) {
        return canvas.getScene() != null && canvas.getScene().getWindow() != null
                ? Math.max(1, canvas.getScene().getWindow().getRenderScaleX()) : 1;
    }

    /**
     * Moves the kept frame to the earlier ones, when it is of {@code drawing} and {@code frame}'s background, size and
     * {@code renderScale}; otherwise lets the earlier ones go. Then the new kept frame's density is {@code renderScale}.
     */
    private void retire(GraphDrawing drawing, Composition frame, double renderScale) {
        if (kept != null && keptDrawing == drawing && keptFrame.background().equals(frame.background())
                && keptFrame.width() == frame.width() && keptFrame.height() == frame.height()
                && keptRenderScale == renderScale) {
            earlier.add(last());
            if (earlier.size() > EARLIER_FRAMES) {
                Kept dropped = earlier.remove(0);
                if (paintsAhead(drawing)) {
                    keepCoarse(dropped);
                }
            }
        } else {
            earlier.clear();
            coarse.clear();
        }
        keptRenderScale = renderScale;
    }

    /**
     * Whether {@code drawing}'s moving frames are painted ahead: then a frame painted in full on the JavaFX thread costs
     * so much that a coarser one is drawn instead, from the coarse frames or from an overview level scaled up further
     * (below, at 10,000 actors, that drew fewer frames from the kept one and raised the bench's 95th percentile).
     */
    private boolean paintsAhead(GraphDrawing drawing) {
        return drawing.scene().edges().size() >= aheadFromLinks;
    }

    /**
     * Keeps {@code dropped}, an earlier frame let go, in the pyramid of coarse frames, in place of the one at the same
     * power of two of scale; the coarsest goes when there are more than {@value #COARSE_FRAMES}.
     */
    private void keepCoarse(Kept dropped) {
        int level = powerOfTwo(dropped.frame().scale());
        coarse.removeIf(frame -> powerOfTwo(frame.frame().scale()) == level);
        int at = 0;
        while (at < coarse.size() && coarse.get(at).frame().scale() < dropped.frame().scale()) {
            at++;
        }
        coarse.add(at, dropped);
        if (coarse.size() > COARSE_FRAMES) {
            coarse.remove(0);
        }
    }

    private static int powerOfTwo(double scale) {
        return Math.getExponent(scale);
    }

    /** The scales of the coarse frames kept for zooming out, coarse to fine. */
    List<Double> coarseScales() {
        return coarse.stream().map(frame -> frame.frame().scale()).toList();
    }

    /** The earlier full frames a zoom out is drawn from: the coarse ones, then the earlier ones. */
    private List<Kept> earlierFrames() {
        if (coarse.isEmpty()) {
            return earlier;
        }
        List<Kept> frames = new ArrayList<>(coarse.size() + earlier.size());
        frames.addAll(coarse);
        frames.addAll(earlier);
        return frames;
    }

    /**
     * Where an image of {@code width} x {@code height} pixels covering {@code world} lies in {@code frame}'s output
     * pixels: on whole pixels when drawn pixel for pixel, as the surface draws it then.
     */
    private static Bounds outputArea(Composition frame, Bounds world, int width, int height) {
        double scale = frame.scale();
        double x = world.x() * scale + frame.offsetX();
        double y = world.y() * scale + frame.offsetY();
        double w = world.width() * scale;
        double h = world.height() * scale;
        if (Math.abs(w - width) < 0.5 && Math.abs(h - height) < 0.5) {
            return new Bounds(Math.round(x), Math.round(y), width, height);
        }
        return new Bounds(x, y, w, h);
    }

    /**
     * The rectangles of a {@code width} x {@code height} frame outside {@code covered}, starting on even pixels (where
     * the half-resolution pixels of a moving view start, so that the strips' pixels match the whole frame's) and
     * reaching a pixel or two under it so that no seam shows: a band above, one below, and the two sides between them.
     */
    static List<Bounds> strips(Bounds covered, int width, int height) {
        int left = (int) Math.max(0, Math.min(width, even(Math.ceil(covered.x()) + 1, true)));
        int right = (int) Math.max(0, Math.min(width, even(Math.floor(covered.maxX()) - 1, false)));
        int top = (int) Math.max(0, Math.min(height, even(Math.ceil(covered.y()) + 1, true)));
        int bottom = (int) Math.max(0, Math.min(height, even(Math.floor(covered.maxY()) - 1, false)));
        List<Bounds> strips = new ArrayList<>(4);
        if (right <= left || bottom <= top) {
            strips.add(new Bounds(0, 0, width, height));
            return strips;
        }
        if (top > 0) {
            strips.add(new Bounds(0, 0, width, top));
        }
        if (bottom < height) {
            strips.add(new Bounds(0, bottom, width, height - bottom));
        }
        if (left > 0) {
            strips.add(new Bounds(0, top, left, bottom - top));
        }
        if (right < width) {
            strips.add(new Bounds(right, top, width - right, bottom - top));
        }
        return strips;
    }

    /** {@code pixel} (a whole number) rounded to an even number, {@code up} or down. */
    private static double even(double pixel, boolean up) {
        double half = pixel / 2;
        return 2 * (up ? Math.ceil(half) : Math.floor(half));
    }
}
