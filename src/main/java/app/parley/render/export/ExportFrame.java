package app.parley.render.export;

import app.parley.graph.ActorGraph;
import app.parley.render.paint.CaptionOverlay;
import app.parley.render.paint.Composition;
import app.parley.render.paint.Drawing;
import app.parley.render.paint.Emphasis;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.LegendOverlay;
import app.parley.render.paint.Overlay;
import app.parley.render.paint.TitleOverlay;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.EdgeLabel;
import app.parley.render.scene.Legend;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Scene;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Frames a graph drawing as a picture for export. From the top: an optional title band, the drawing (the whole graph,
 * the current view or the selection), then the legend strip, the source notes and the source caption, all spanning
 * the picture's width. The size comes from an {@link ExportSize}; the result is exact to the pixel, and a request too
 * large to draw is refused rather than shrunk.
 */
public final class ExportFrame {

    /** The least size of the title, legend, notes and caption on paper, in points. */
    public static final double PRINT_TEXT_PT = 8;
    /** The least size of actors' names on paper, in points. */
    public static final double PRINT_NAME_PT = 6;
    /** The size actors' names are set at in a picture when the cards are too small for their own text, in pixels. */
    public static final double TARGET_NAME_PX = 12;
    /** The least size of actors' names in a picture, in pixels. */
    public static final double LEAST_NAME_PX = 10;
    private static final double POINTS_PER_INCH = 72;
    /** The width of the small laptop screen a picture's bands are sized for, in pixels. */
    public static final double SCREEN_WIDTH = 1366;
    /** World units of white space kept around the whole graph or the selection. */
    public static final double MARGIN = 36;

    /** The widest or highest picture this frames, in pixels; file formats may allow less (PNG: 65535). */
    public static final int MAX_SIDE = 1 << 20;

    /** What part of the graph the picture shows. */
    public enum Area {
        /** Everything, at the chosen scale. */
        WHOLE_GRAPH,
        /** What the window shows now, at the chosen multiple of its size. */
        CURRENT_VIEW,
        /** The selection as {@link ExportSelection} defines it, cropped close with the rest hidden. */
        SELECTION
    }

    /**
     * What to frame.
     *
     * @param area       whole graph, current view or selection
     * @param size       how large the picture is
     * @param background page colour, or {@link Rgba#TRANSPARENT}
     * @param legend     whether to draw the legend
     * @param caption    whether to draw the source caption
     * @param title      the title line at the top; empty for none
     * @param footnotes  whether to number the cited links and list their sentences
     * @param view       the world rectangle the window shows (used for {@link Area#CURRENT_VIEW})
     * @param viewWidth  the window's width in screen pixels
     * @param viewHeight the window's height in screen pixels
     */
    public record Request(Area area, ExportSize size, Rgba background, boolean legend, boolean caption, String title,
                          boolean footnotes, Bounds view, double viewWidth, double viewHeight) {

        /** Checks the request; a {@code null} title means none. */
        public Request {
            if (area == null || size == null || background == null) {
                throw new IllegalArgumentException("An export needs an area, a size and a background");
            }
            title = title == null ? "" : title.strip();
            if (area == Area.CURRENT_VIEW && (view == null || view.width() <= 0 || view.height() <= 0
                    || !(viewWidth > 0) || !(viewHeight > 0))) {
                throw new IllegalArgumentException("Exporting the current view needs the view's rectangle and size");
            }
        }

        /** The request of earlier versions: a scale, no title, no notes. */
        public Request(Area area, double scale, Rgba background, boolean legend, boolean caption, Bounds view,
                       double viewWidth, double viewHeight) {
            this(area, ExportSize.scale(scale), background, legend, caption, "", false, view, viewWidth, viewHeight);
        }
    }

    /**
     * A framed picture, ready for any surface.
     *
     * @param composition what to render, at its exact pixel size
     * @param scale       output pixels per screen pixel of the drawing
     * @param dpi         resolution to record in the file
     * @param footnotes   the notes numbered on the picture (none unless asked for)
     * @param printWidth  the width on paper when one was asked for, else {@code null}
     */
    public record Figure(Composition composition, double scale, double dpi, Footnotes footnotes,
                         PrintLength printWidth) {

        /** Width in pixels. */
        public int width() {
            return composition.width();
        }

        /** Height in pixels. */
        public int height() {
            return composition.height();
        }
    }

    private final Theme theme;
    private final TextMeasurer measurer;
    private final Legend legend;
    private final String citation;

    /**
     * A framer for one graph.
     *
     * @param theme    colours and type
     * @param measurer text widths
     * @param legend   what the legend explains
     * @param citation the source line
     */
    public ExportFrame(Theme theme, TextMeasurer measurer, Legend legend, String citation) {
        this.theme = theme;
        this.measurer = measurer;
        this.legend = legend;
        this.citation = citation;
    }

    /** A framer for a prepared graph in its theme. */
    public static ExportFrame of(PreparedGraph prepared, TextMeasurer measurer) {
        return new ExportFrame(prepared.theme(), measurer, prepared.legend(), prepared.citation());
    }

    /**
     * The picture of any drawing for a request of the whole graph or the current view, without notes.
     *
     * @throws IllegalArgumentException for {@link Area#SELECTION} (use {@link #figure}) or a size that cannot be drawn
     */
    public Composition compose(Drawing drawing, Request request) {
        if (request.area() == Area.SELECTION) {
            throw new IllegalArgumentException("Framing a selection needs the scene: use figure()");
        }
        Bounds world = request.area() == Area.WHOLE_GRAPH ? drawing.bounds().inflate(MARGIN) : request.view();
        return frame(drawing, world, request, Footnotes.NONE).composition();
    }

    /**
     * The picture of a scene as {@code state} shows it (hover is ignored), with the selection cropped and hidden
     * around, and the cited links numbered when the request asks for notes.
     *
     * @param graph the graph the scene was built from (for the notes' sentences)
     * @param scene the geometry
     * @param state selection, highlight, hidden elements and labels
     * @throws IllegalArgumentException when the selection is asked for and nothing is selected, or the size cannot
     *                                  be drawn
     */
    public Figure figure(ActorGraph graph, Scene scene, ViewState state, Request request) {
        ViewState shown = state.withHoveredActor(null);
        Bounds world;
        switch (request.area()) {
            case WHOLE_GRAPH -> world = scene.bounds().inflate(MARGIN);
            case CURRENT_VIEW -> world = request.view();
            default -> {
                Optional<ExportSelection> selection = ExportSelection.of(scene, shown);
                if (selection.isEmpty()) {
                    throw new IllegalArgumentException(
                            "Nothing is selected: select an actor or a link, or highlight a path, to export a selection");
                }
                shown = selection.get().hideTheRest(shown);
                world = selection.get().bounds().inflate(MARGIN);
            }
        }
        GraphDrawing graphDrawing = readableNames(new GraphDrawing(scene, theme, shown), request.size());
        if (!request.footnotes()) {
            return frameWithLabels(graphDrawing, world, request);
        }
        Emphasis emphasis = new Emphasis(scene, shown);
        boolean inView = request.area() == Area.CURRENT_VIEW;
        Bounds visibleWorld = world;
        Footnotes notes = Footnotes.of(graph, scene, e -> {
            EdgeLabel label = scene.edges().get(e).label();
            return label != null && !emphasis.edgeHidden(e) && (!inView || label.box().intersects(visibleWorld));
        });
        Drawing drawing = notes.isEmpty() ? graphDrawing
                : new FootnoteMarkers(graphDrawing, scene, notes, theme, measurer, shown.edgeLabels());
        return frame(drawing, world, request, notes);
    }

    /**
     * Frames a drawing whose name labels may reach past the cards: the world framed grows (a few rounds at most) until it
     * holds every label at the scale it is drawn at.
     */
    private Figure frameWithLabels(GraphDrawing drawing, Bounds world, Request request) {
        Figure figure = frame(drawing, world, request, Footnotes.NONE);
        if (request.area() == Area.CURRENT_VIEW) {
            return figure;
        }
        for (int i = 0; i < GraphDrawing.LABEL_FIT_ROUNDS; i++) {
            Bounds grown = drawing.labelBounds(figure.composition().scale()).map(world::union).orElse(world);
            if (world.contains(grown)) {
                break;
            }
            world = grown;
            figure = frame(drawing, world, request, Footnotes.NONE);
        }
        return figure;
    }

    private Figure frame(Drawing drawing, Bounds world, Request request, Footnotes notes) {
        boolean view = request.area() == Area.CURRENT_VIEW;
        double baseWidth = view ? request.viewWidth() : world.width();
        double baseHeight = view ? request.viewHeight() : world.height();
        Bands bands = new Bands(request, notes, leastOverlayScale(request.size()));
        double scale;
        long width;
        long height;
        ExportSize size = request.size();
        if (size instanceof ExportSize.Scale byScale) {
            scale = byScale.factor();
            width = pixels(baseWidth * scale);
            height = pixels(bands.natural(scale, width, baseHeight));
        } else if (size instanceof ExportSize.Print print) {
            width = print.pixelWidth();
            scale = width / baseWidth;
            height = pixels(bands.natural(scale, width, baseHeight));
        } else {
            ExportSize.Pixels exact = (ExportSize.Pixels) size;
            if (exact.height() == 0) {
                width = exact.width();
                scale = width / baseWidth;
                height = pixels(bands.natural(scale, width, baseHeight));
            } else {
                height = exact.height();
                scale = bands.scaleForHeight(height, exact.width(), baseWidth, baseHeight);
                if (exact.width() > 0) {
                    width = exact.width();
                    scale = Math.min(scale, width / baseWidth);
                } else {
                    width = pixels(baseWidth * scale);
                }
            }
        }
        checkSize(width, height);
        int w = (int) width;
        int h = (int) height;
        Bands.At at = bands.at(scale, w);
        double areaTop = at.top();
        double areaHeight = h - at.top() - at.below();
        boolean heightGiven = size instanceof ExportSize.Pixels exact && exact.height() > 0;
        if (!heightGiven) {
            areaHeight = Math.min(areaHeight, baseHeight * scale);
        }
        if (areaHeight < 1) {
            throw new IllegalArgumentException("A " + w + " x " + h + " px picture leaves no room for the drawing "
                    + "beside its title, legend, notes and caption; make it larger or leave some of them out");
        }
        double k = Math.min(w / world.width(), areaHeight / world.height());
        Bounds window = new Bounds(world.centerX() - w / 2.0 / k, world.centerY() - (areaTop + areaHeight / 2) / k,
                w / k, h / k);
        Composition composition = new Composition(w, h, request.background(), drawing, window, at.overlays());
        PrintLength printWidth = size instanceof ExportSize.Print print ? print.width() : null;
        return new Figure(composition, scale, size.dpiAt(scale), notes, printWidth);
    }

    /**
     * The drawing with names kept readable: on paper at least {@link #PRINT_NAME_PT} points (a point more where there
     * is room), otherwise at least {@link #LEAST_NAME_PX} pixels, {@link #TARGET_NAME_PX} where there is room.
     */
    private GraphDrawing readableNames(GraphDrawing drawing, ExportSize size) {
        if (size instanceof ExportSize.Print print) {
            double pxPerPoint = print.dpi() / POINTS_PER_INCH;
            return drawing.withReadableNames(measurer, (PRINT_NAME_PT + 1) * pxPerPoint, PRINT_NAME_PT * pxPerPoint);
        }
        return drawing.withReadableNames(measurer, TARGET_NAME_PX, LEAST_NAME_PX);
    }

    /**
     * The least scale of the title, legend, notes and caption. On paper their type is at least {@link #PRINT_TEXT_PT}
     * points however small the drawing is printed. A picture of a given size has them at least as large, against its
     * longer given side, as the window shows them against a {@value #SCREEN_WIDTH} px wide screen, however wide the
     * drawing it shrinks to fit; a multiple of the screen size scales them with the drawing.
     */
    private double leastOverlayScale(ExportSize size) {
        if (size instanceof ExportSize.Print print) {
            return PRINT_TEXT_PT * print.dpi() / POINTS_PER_INCH / theme.noteFont().size();
        }
        if (size instanceof ExportSize.Pixels exact) {
            return Math.max(exact.width(), exact.height()) / SCREEN_WIDTH;
        }
        return 0;
    }

    private static long pixels(double size) {
        return Math.max(1, (long) Math.ceil(size - 1e-6));
    }

    private static void checkSize(long width, long height) {
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("A picture can be at most " + MAX_SIDE + " x " + MAX_SIDE
                    + " pixels; " + width + " x " + height + " was requested");
        }
    }

    /** The bands above and below the drawing, whose heights depend on the scale and the picture's width. */
    private final class Bands {

        private final Request request;
        private final Footnotes notes;
        private final double leastScale;

        Bands(Request request, Footnotes notes, double leastScale) {
            this.request = request;
            this.notes = notes;
            this.leastScale = leastScale;
        }

        /** The overlays at one scale and width, and how much they take above and below the drawing. */
        record At(double top, double below, List<Overlay> overlays) {
        }

        At at(double drawingScale, long width) {
            double scale = Math.max(drawingScale, leastScale);
            List<Overlay> overlays = new ArrayList<>(4);
            double top = 0;
            TitleOverlay title = null;
            if (!request.title().isEmpty()) {
                title = new TitleOverlay(request.title(), theme, measurer, scale);
                top = title.height(width);
            }
            double captionHeight = 0;
            CaptionOverlay caption = null;
            if (request.caption()) {
                caption = new CaptionOverlay(citation, theme, measurer, scale);
                captionHeight = caption.height(width);
            }
            double notesHeight = 0;
            FootnoteOverlay block = null;
            if (!notes.isEmpty()) {
                block = new FootnoteOverlay(notes, theme, measurer, scale, captionHeight);
                notesHeight = block.height(width);
            }
            double legendHeight = 0;
            if (request.legend()) {
                LegendOverlay strip = new LegendOverlay(legend, theme, measurer, scale, captionHeight + notesHeight);
                legendHeight = strip.stripHeight(width);
                overlays.add(strip);
            }
            if (block != null) {
                overlays.add(block);
            }
            if (caption != null) {
                overlays.add(caption);
            }
            if (title != null) {
                overlays.add(title);
            }
            return new At(top, legendHeight + notesHeight + captionHeight, overlays);
        }

        /** The picture's height at {@code scale} when the drawing is not squeezed. */
        double natural(double scale, long width, double baseHeight) {
            At at = at(scale, width);
            return at.top() + baseHeight * scale + at.below();
        }

        /** The largest scale at which the picture fits {@code height} pixels ({@code width} 0: width follows). */
        double scaleForHeight(long height, int width, double baseWidth, double baseHeight) {
            double scale = height / Math.max(1e-9, natural(1, width > 0 ? width : pixels(baseWidth), baseHeight));
            for (int i = 0; i < 8; i++) {
                long w = width > 0 ? width : pixels(baseWidth * scale);
                scale *= height / natural(scale, w, baseHeight);
            }
            for (int i = 0; i < 200; i++) {
                long w = width > 0 ? width : pixels(baseWidth * scale);
                if (natural(scale, w, baseHeight) <= height + 1e-6) {
                    break;
                }
                scale *= 0.998;
            }
            return scale;
        }
    }
}
