package app.parley.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Frames a graph drawing as a picture: the whole graph with the legend in a strip below it, or the current view as the
 * screen shows it, at a given scale and background, with or without the source caption.
 */
public final class ExportFrame {

    /** World units of white space kept around the whole graph. */
    public static final double MARGIN = 36;

    /** What part of the graph the picture shows. */
    public enum Area {
        /** Everything, at the chosen scale. */
        WHOLE_GRAPH,
        /** What the window shows now, at the chosen multiple of its size. */
        CURRENT_VIEW
    }

    /**
     * What to frame.
     *
     * @param area       whole graph or current view
     * @param scale      output pixels per screen pixel: 1, 2, 4…
     * @param background page colour, or {@link Rgba#TRANSPARENT}
     * @param legend     whether to draw the legend
     * @param caption    whether to draw the source caption
     * @param view       the world rectangle the window shows (used for {@link Area#CURRENT_VIEW})
     * @param viewWidth  the window's width in screen pixels
     * @param viewHeight the window's height in screen pixels
     */
    public record Request(Area area, double scale, Rgba background, boolean legend, boolean caption, Bounds view,
                          double viewWidth, double viewHeight) {

        /** Checks the scale. */
        public Request {
            if (!(scale > 0)) {
                throw new IllegalArgumentException("Scale must be positive");
            }
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

    /** The picture for a request. */
    public Composition compose(Drawing drawing, Request request) {
        return request.area() == Area.WHOLE_GRAPH ? whole(drawing, request) : view(drawing, request);
    }

    private Composition whole(Drawing drawing, Request request) {
        double scale = request.scale();
        Bounds world = drawing.bounds().inflate(MARGIN);
        int width = (int) Math.ceil(world.width() * scale);
        CaptionOverlay caption = new CaptionOverlay(citation, theme, measurer, scale);
        double captionHeight = request.caption() ? caption.height() : 0;
        LegendOverlay legendOverlay = new LegendOverlay(legend, theme, measurer, scale, captionHeight);
        double legendHeight = request.legend() ? legendOverlay.stripHeight(width) : 0;
        double below = legendHeight + captionHeight;
        int height = (int) Math.ceil(world.height() * scale + below);
        Bounds window = new Bounds(world.x(), world.y(), width / scale, height / scale);
        return new Composition(width, height, request.background(), drawing, window,
                overlays(request, legendOverlay, caption));
    }

    private Composition view(Drawing drawing, Request request) {
        double scale = request.scale();
        int width = (int) Math.round(request.viewWidth() * scale);
        int height = (int) Math.round(request.viewHeight() * scale);
        CaptionOverlay caption = new CaptionOverlay(citation, theme, measurer, scale);
        double captionHeight = request.caption() ? caption.height() : 0;
        LegendOverlay legendOverlay = new LegendOverlay(legend, theme, measurer, scale, captionHeight);
        return new Composition(width, height, request.background(), drawing, request.view(),
                overlays(request, legendOverlay, caption));
    }

    private static List<Overlay> overlays(Request request, LegendOverlay legend, CaptionOverlay caption) {
        List<Overlay> overlays = new ArrayList<>(2);
        if (request.legend()) {
            overlays.add(legend);
        }
        if (request.caption()) {
            overlays.add(caption);
        }
        return overlays;
    }
}
