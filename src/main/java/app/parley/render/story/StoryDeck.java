package app.parley.render.story;

import app.parley.graph.Link;
import app.parley.layout.Backdrop;
import app.parley.layout.LayoutModel;
import app.parley.layout.LayoutMonitor;
import app.parley.layout.Layouts;
import app.parley.model.Dataset;
import app.parley.model.Quote;
import app.parley.model.Story;
import app.parley.model.StoryStep;
import app.parley.render.paint.CaptionOverlay;
import app.parley.render.paint.Composition;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.Overlay;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import app.parley.render.scene.SceneBuilder;
import app.parley.render.scene.TextMeasurer;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A story made ready to present: the map measured in a presentation theme and laid out once, so cards never move
 * between steps, and for every step what is shown and highlighted, where the camera looks, and the title bar and quote
 * cards on top. Presentation mode and the slides both draw its compositions. A dataset without a story gives one step:
 * the whole map.
 */
public final class StoryDeck {

    /** The width of the slide all sizes are designed for; other sizes scale with it. */
    public static final double DESIGN_WIDTH = 1920;
    /** The height of the slide all sizes are designed for. */
    public static final double DESIGN_HEIGHT = 1080;
    /** How much larger than on the desk type is in presentations. */
    public static final double FONT_SCALE = 2.0;
    /** The largest an actor's name is drawn on a 1920 x 1080 slide, in pixels, when a step frames few actors. */
    public static final double MAX_NAME_PX = 54;
    /**
     * The least height of a highlighted actor's name on a 1920 x 1080 slide, in pixels, for the back of a classroom:
     * when a step frames actors far apart, its highlighted cards are drawn larger (about their centres) to reach it.
     */
    public static final double MIN_NAME_PX = 28;

    private static final double FRAME_MARGIN = 40;
    /** The most a highlighted card is enlarged. */
    public static final double MAX_CARD_SCALE = 2.5;
    /** World units kept between two enlarged cards. */
    private static final double CARD_GAP = 12;

    private final PreparedGraph prepared;
    private final LayoutModel positions;
    private final Scene scene;
    private final Scene[] stepScenes;
    private final double[] stepCardScales;
    private final Story story;
    private final TextMeasurer measurer;

    /** A deck of {@code prepared}'s story with the cards at {@code positions}. */
    public StoryDeck(PreparedGraph prepared, LayoutModel positions, TextMeasurer measurer) {
        this.prepared = prepared;
        this.positions = positions.copy();
        this.scene = prepared.scene(positions);
        this.story = prepared.graph().dataset().story();
        this.measurer = measurer;
        this.stepScenes = new Scene[Math.max(1, story.size())];
        this.stepCardScales = new double[stepScenes.length];
    }

    /**
     * The scene of a step: the shared cards and links, behind them the table and only the camps' zones that hold an
     * actor shown in the step, without zone captions (at presentation size they would run into the cards). Cards stay
     * where they are in every step; the highlighted ones are enlarged about their centres when the step frames actors
     * so far apart that their names would be smaller than {@link #MIN_NAME_PX}. Labels go on the links the step shows,
     * the highlighted ones first, clear of the cards it shows.
     */
    public synchronized Scene scene(int step) {
        checkStep(step);
        if (stepScenes[step] == null) {
            build(step);
        }
        return stepScenes[step];
    }

    /**
     * How much a step enlarges its highlighted cards (1: not at all); all of a step's highlighted cards are enlarged
     * alike, no further than keeps every one of them from touching another card the step shows.
     */
    public synchronized double highlightScale(int step) {
        scene(step);
        return stepCardScales[step];
    }

    private void build(int step) {
        LayoutModel model = positions.copy();
        model.setBackdrops(backdrops(step));
        if (!hasStory()) {
            stepScenes[step] = prepared.scene(model);
            stepCardScales[step] = 1;
            return;
        }
        double[] room = room(step);
        double scale = 1;
        Scene built = prepared.scene(model, cardScales(room, scale), labelPlan(step, scale));
        for (int round = 0; round < 12; round++) {
            double names = namePixels(step, DESIGN_WIDTH, DESIGN_HEIGHT, built);
            double wanted = Math.min(MAX_CARD_SCALE, Math.max(1, MIN_NAME_PX / names));
            if (Math.abs(wanted - scale) < 0.005) {
                break;
            }
            scale = wanted;
            built = prepared.scene(model, cardScales(room, scale), labelPlan(step, scale));
        }
        stepScenes[step] = built;
        double largest = 1;
        for (double given : cardScales(room, scale)) {
            largest = Math.max(largest, given);
        }
        stepCardScales[step] = largest;
    }

    private List<Backdrop> backdrops(int step) {
        Set<String> shown = hasStory() ? story.actorsShownAt(step) : null;
        List<Backdrop> backdrops = new ArrayList<>();
        for (Backdrop backdrop : positions.backdrops()) {
            if (backdrop.kind() == Backdrop.Kind.TABLE) {
                backdrops.add(backdrop);
            } else if (holdsShownActor(backdrop, shown)) {
                backdrops.add(new Backdrop(backdrop.kind(), backdrop.x(), backdrop.y(), backdrop.width(),
                        backdrop.height(), ""));
            }
        }
        return backdrops;
    }

    /**
     * How far each card can be enlarged about its centre (by vertex): 1 for the cards a step does not highlight, and
     * for the highlighted ones one common limit, the largest at which no highlighted card touches another card the
     * step shows (highlighted ones enlarged as far, the others as they are), at least 1; so that the cards of a step
     * are treated alike and an enlarged card never hides another.
     */
    private double[] room(int step) {
        double[] room = new double[prepared.graph().size()];
        Arrays.fill(room, 1);
        Set<String> shown = story.actorsShownAt(step);
        Set<Integer> highlighted = new LinkedHashSet<>();
        for (String id : story.step(step).highlightActorIds()) {
            int v = prepared.graph().indexOf(id);
            if (v >= 0 && shown.contains(id)) {
                highlighted.add(v);
            }
        }
        double limit = highlighted.isEmpty() ? 1 : MAX_CARD_SCALE;
        for (int u : highlighted) {
            Bounds a = scene.nodes().get(u).box();
            for (NodeShape other : scene.nodes()) {
                int v = other.index();
                if (v == u || !shown.contains(other.actorId()) || highlighted.contains(v) && v < u) {
                    continue;
                }
                Bounds b = other.box();
                limit = Math.min(limit, highlighted.contains(v) ? bothApart(a, b) : oneApart(a, b));
            }
        }
        double common = Math.max(1, limit);
        for (int v : highlighted) {
            room[v] = common;
        }
        return room;
    }

    /** The largest scale at which cards {@code a} and {@code b}, both enlarged by it, keep {@link #CARD_GAP} apart. */
    private static double bothApart(Bounds a, Bounds b) {
        double across = (Math.abs(a.centerX() - b.centerX()) - CARD_GAP) / ((a.width() + b.width()) / 2);
        double down = (Math.abs(a.centerY() - b.centerY()) - CARD_GAP) / ((a.height() + b.height()) / 2);
        return Math.max(across, down);
    }

    /** The largest scale at which card {@code a}, enlarged by it, keeps {@link #CARD_GAP} from card {@code b}. */
    private static double oneApart(Bounds a, Bounds b) {
        double across = (2 * (Math.abs(a.centerX() - b.centerX()) - CARD_GAP) - b.width()) / a.width();
        double down = (2 * (Math.abs(a.centerY() - b.centerY()) - CARD_GAP) - b.height()) / a.height();
        return Math.max(across, down);
    }

    /** Every card enlarged by {@code scale}, or as far as its {@code room} allows. */
    private static double[] cardScales(double[] room, double scale) {
        double[] scales = new double[room.length];
        for (int v = 0; v < room.length; v++) {
            scales[v] = Math.min(room[v], scale);
        }
        return scales;
    }

    /**
     * Labels for the links a step shows, its highlighted links first (enlarged by {@code scale}, as their cards are),
     * clear of the cards it shows.
     */
    private SceneBuilder.LabelPlan labelPlan(int step, double scale) {
        Set<String> revealed = story.linksRevealedAt(step);
        Set<String> highlighted = new HashSet<>(story.step(step).highlightLinkIds());
        List<Link> links = prepared.graph().links();
        int[] order = IntStream.concat(
                IntStream.range(0, links.size()).filter(e -> highlighted.contains(links.get(e).id())),
                IntStream.range(0, links.size()).filter(e -> !highlighted.contains(links.get(e).id())))
                .filter(e -> revealed.contains(links.get(e).id())).toArray();
        int emphasised = (int) Arrays.stream(order).filter(e -> highlighted.contains(links.get(e).id())).count();
        Set<String> shown = story.actorsShownAt(step);
        Set<String> standOut = new HashSet<>(story.step(step).highlightActorIds());
        return new SceneBuilder.LabelPlan(order, emphasised, scale,
                v -> shown.contains(prepared.graph().actors().get(v).id()),
                v -> standOut.contains(prepared.graph().actors().get(v).id()));
    }

    private boolean holdsShownActor(Backdrop zone, Set<String> shown) {
        Bounds box = new Bounds(zone.x(), zone.y(), zone.width(), zone.height());
        for (NodeShape node : scene.nodes()) {
            if ((shown == null || shown.contains(node.actorId()))
                    && box.contains(node.box().centerX(), node.box().centerY())) {
                return true;
            }
        }
        return false;
    }

    /** Measures {@code dataset} in {@code theme} at the presentation font scale and lays it out with {@code layout}. */
    public static StoryDeck prepare(Dataset dataset, Theme theme, TextMeasurer measurer, Layouts layout, long seed) {
        PreparedGraph prepared = PreparedGraph.of(dataset, theme.withFontScale(FONT_SCALE), measurer);
        LayoutModel positions = prepared.layOut(layout.create(prepared.graph(), seed), LayoutMonitor.NONE);
        return new StoryDeck(prepared, positions, measurer);
    }

    /** The theme cards were measured in, presentation font scale included. */
    public Theme theme() {
        return prepared.theme();
    }

    /** The scene all steps share. */
    public Scene scene() {
        return scene;
    }

    /** Whether the dataset has a story (otherwise the deck is the whole map in one step). */
    public boolean hasStory() {
        return !story.isEmpty();
    }

    /** The number of steps, at least 1. */
    public int size() {
        return Math.max(1, story.size());
    }

    /** The caption of a step (the map's title when there is no story). */
    public String caption(int step) {
        checkStep(step);
        return hasStory() ? story.step(step).caption() : prepared.graph().dataset().title();
    }

    /** What step {@code step} hides and highlights. */
    public ViewState viewState(int step) {
        checkStep(step);
        if (!hasStory()) {
            return ViewState.NONE;
        }
        StoryStep current = story.step(step);
        Set<String> shown = story.actorsShownAt(step);
        Set<String> revealed = story.linksRevealedAt(step);
        Set<String> hiddenActors = new HashSet<>();
        prepared.graph().actors().forEach(a -> {
            if (!shown.contains(a.id())) {
                hiddenActors.add(a.id());
            }
        });
        Set<String> hiddenLinks = new HashSet<>();
        for (Link link : prepared.graph().links()) {
            if (!revealed.contains(link.id())) {
                hiddenLinks.add(link.id());
            }
        }
        return new ViewState(null, null, null, Set.copyOf(current.highlightActorIds()),
                Set.copyOf(current.highlightLinkIds()), hiddenActors, hiddenLinks, true);
    }

    /** The quotes a step shows large. */
    public List<Quote> quotes(int step) {
        checkStep(step);
        if (!hasStory()) {
            return List.of();
        }
        List<Quote> quotes = new ArrayList<>();
        for (String id : story.step(step).quoteIds()) {
            prepared.graph().index().quote(id).ifPresent(quotes::add);
        }
        return quotes;
    }

    /** The world rectangle the camera frames in a step: its frame or highlighted actors, else all it shows. */
    public Bounds focus(int step) {
        return focus(step, scene(step));
    }

    private Bounds focus(int step, Scene cards) {
        checkStep(step);
        if (!hasStory()) {
            return cards.bounds();
        }
        Set<String> wanted = new HashSet<>(story.step(step).cameraActorIds());
        if (wanted.isEmpty()) {
            wanted.addAll(story.actorsShownAt(step));
        }
        Bounds box = null;
        for (NodeShape node : cards.nodes()) {
            if (wanted.contains(node.actorId())) {
                box = box == null ? node.box() : box.union(node.box());
            }
        }
        return box == null ? cards.bounds() : box;
    }

    /** Output pixels per pixel of a 1920 x 1080 slide, for an image of this size. */
    public static double unit(double width, double height) {
        return Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT);
    }

    /** The title bar of a step. */
    public TitleBarOverlay titleBar(int step, double width, double height) {
        String counter = hasStory() ? (step + 1) + " / " + size() : "";
        return new TitleBarOverlay(caption(step), counter, prepared.theme(), measurer, unit(width, height));
    }

    /** The quote cards of a step, in a column or a band, whichever leaves the map larger. */
    public QuoteCardsOverlay quoteCards(int step, double width, double height) {
        QuoteCardsOverlay column = quoteCards(step, width, height, QuoteCardsOverlay.Placement.COLUMN);
        if (column.isEmpty()) {
            return column;
        }
        QuoteCardsOverlay band = quoteCards(step, width, height, QuoteCardsOverlay.Placement.BAND);
        Bounds focus = focus(step);
        return zoom(step, width, height, band, focus) > zoom(step, width, height, column, focus) ? band : column;
    }

    private QuoteCardsOverlay quoteCards(int step, double width, double height, QuoteCardsOverlay.Placement placement) {
        double top = titleBar(step, width, height).height(width);
        return new QuoteCardsOverlay(quotes(step), prepared.graph().index(), prepared.theme(), measurer,
                unit(width, height), top, sourceLine(width, height).height(), placement);
    }

    /** The part of the image left for the map in a step with these cards. */
    private Bounds free(int step, double width, double height, QuoteCardsOverlay cards) {
        double margin = FRAME_MARGIN * unit(width, height);
        double top = titleBar(step, width, height).height(width) + margin;
        double bottom = height - sourceLine(width, height).height() - margin;
        double right = width - margin;
        Bounds taken = cards.area(width, height);
        if (taken.width() > 0 && taken.height() > 0) {
            if (taken.width() >= width) {
                bottom = taken.y() - margin / 2;
            } else {
                right = taken.x() - margin / 2;
            }
        }
        return new Bounds(margin, top, Math.max(1, right - margin), Math.max(1, bottom - top));
    }

    private double zoom(int step, double width, double height, QuoteCardsOverlay cards, Bounds focus) {
        Bounds free = free(step, width, height, cards);
        double zoom = Math.min(free.width() / Math.max(1, focus.width()), free.height() / Math.max(1, focus.height()));
        return Math.min(zoom, MAX_NAME_PX * unit(width, height) / prepared.theme().nameFont().size());
    }

    private CaptionOverlay sourceLine(double width, double height) {
        return new CaptionOverlay(prepared.citation(), prepared.theme(), measurer, 0.8 * unit(width, height));
    }

    /**
     * The world rectangle mapped onto a {@code width} x {@code height} image so that the step's focus fills the space
     * the title bar, quote column and source line leave free, zoomed no further than {@link #MAX_NAME_PX} allows.
     */
    public Bounds window(int step, double width, double height) {
        QuoteCardsOverlay cards = quoteCards(step, width, height);
        Bounds free = free(step, width, height, cards);
        Bounds focus = focus(step);
        double zoom = zoom(step, width, height, cards, focus);
        return new Bounds(focus.centerX() - free.centerX() / zoom, focus.centerY() - free.centerY() / zoom,
                width / zoom, height / zoom);
    }

    /** How tall the names of actors a step does not enlarge are drawn on an image of this size, in output pixels. */
    public double namePixels(int step, double width, double height) {
        return prepared.theme().nameFont().size() * width / window(step, width, height).width();
    }

    /** How tall the names of a step's most enlarged highlighted actors are drawn on an image of this size (pixels). */
    public double highlightedNamePixels(int step, double width, double height) {
        return namePixels(step, width, height) * highlightScale(step);
    }

    /** {@link #namePixels} with the step's cards as in {@code cards} (while the step's scene is being built). */
    private double namePixels(int step, double width, double height, Scene cards) {
        Bounds focus = focus(step, cards);
        QuoteCardsOverlay column = quoteCards(step, width, height, QuoteCardsOverlay.Placement.COLUMN);
        double zoom = zoom(step, width, height, column, focus);
        if (!column.isEmpty()) {
            QuoteCardsOverlay band = quoteCards(step, width, height, QuoteCardsOverlay.Placement.BAND);
            zoom = Math.max(zoom, zoom(step, width, height, band, focus));
        }
        return prepared.theme().nameFont().size() * zoom / unit(width, height);
    }

    /** The picture of a step on a {@code width} x {@code height} image. */
    public Composition composition(int step, int width, int height) {
        return composition(step, width, height, window(step, width, height));
    }

    /** The picture of a step with the camera at {@code window} (between steps, while it moves). */
    public Composition composition(int step, int width, int height, Bounds window) {
        GraphDrawing drawing = new GraphDrawing(scene(step), prepared.theme(), viewState(step));
        List<Overlay> overlays = List.of(quoteCards(step, width, height), titleBar(step, width, height),
                sourceLine(width, height));
        return new Composition(width, height, prepared.theme().background(), drawing, window, overlays);
    }

    private void checkStep(int step) {
        if (step < 0 || step >= size()) {
            throw new IllegalArgumentException("Step " + (step + 1) + " is outside the deck of " + size() + " steps");
        }
    }
}
