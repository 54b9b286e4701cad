package app.parley.ui;

import app.parley.model.CardPosition;
import app.parley.render.fx.FxSurface;
import app.parley.render.fx.MotionFrames;
import app.parley.render.paint.CaptionOverlay;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.LegendOverlay;
import app.parley.render.paint.Overlay;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.EdgeShape;
import app.parley.render.scene.NameLabel;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The graph, drawn on one canvas by the shared painter (no node per vertex), with zoom, pan, drag, click and hover.
 * Hit-testing uses the scene's own geometry.
 */
public final class GraphView extends Region {

    /** Style class of the view. */
    public static final String STYLE_CLASS = "graph-view";

    private static final double FIT_MARGIN = 28;
    private static final double CLICK_SLOP = 4;
    private static final double EDGE_TOLERANCE_PX = 6;
    private static final double ZOOM_STEP = 1.25;
    /** The least zoom at which a card centred on request is shown, so its name is readable. */
    private static final double CENTRE_ZOOM = 0.9;

    private final MainViewModel model;
    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final InvalidationListener redraw = o -> requestRedraw();
    private final InvalidationListener fit = o -> fitWhenSized();
    private final InvalidationListener centre = o -> centreOnRequest();
    private final InvalidationListener refit = o -> refitIfFitted();
    private final ViewMotion motion = new ViewMotion(this::requestRedraw);
    private final DrawingCache drawings;
    private final MotionFrames frames = new MotionFrames();
    private final List<Observable> watched;
    private final MapGestures gestures;
    private boolean redrawQueued;
    private java.util.function.Consumer<String> onOpen = id -> { };
    private Runnable onBackground = () -> { };
    private boolean fitPending;
    /** Whether the view shows the whole graph as fitted, so that resizing fits it again; zooming or panning ends it. */
    private boolean fitted;
    private double fittedWidth;
    private double fittedHeight;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;
    private String draggedActor;
    private double grabDx;
    private double grabDy;

    /** A view of {@code model}'s scene. */
    public GraphView(MainViewModel model) {
        this.model = model;
        this.drawings = new DrawingCache(model.measurer());
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        getChildren().add(canvas);
        watched = List.of(model.sceneProperty(), model.viewStateProperty(), model.themeProperty(),
                model.legendShownProperty(), model.captionShownProperty());
        watched.forEach(o -> o.addListener(redraw));
        model.fitRequestsProperty().addListener(fit);
        model.centreRequestProperty().addListener(centre);
        model.legendShownProperty().addListener(refit);
        model.captionShownProperty().addListener(refit);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> model.hover(null));
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(KeyEvent.KEY_TYPED, this::onTyped);
        gestures = new MapGestures(this, model);
        PopupMenus.install(this, gestures::menuAt);
    }

    /** The editing gestures on the map (context menus, links drawn between cards, picked cards). */
    MapGestures gestures() {
        return gestures;
    }

    Viewport viewport() {
        return viewport;
    }

    /** Keeps the view where it is from now on (no fitting again on resize): the user is placing cards in it. */
    void holdView() {
        fitted = false;
    }

    void repaint() {
        requestRedraw();
    }

    /** Stops listening to the view model. */
    public void dispose() {
        watched.forEach(o -> o.removeListener(redraw));
        model.fitRequestsProperty().removeListener(fit);
        model.centreRequestProperty().removeListener(centre);
        model.legendShownProperty().removeListener(refit);
        model.captionShownProperty().removeListener(refit);
        motion.stop();
        frames.forget();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        if (fitPending) {
            fitWhenSized();
        } else if (fitted && (getWidth() != fittedWidth || getHeight() != fittedHeight)) {
            fitToWindow();
        }
        requestRedraw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 700;
    }

    /** Fits the whole graph into the view. */
    public void fitToWindow() {
        Scene scene = model.sceneProperty().get();
        if (scene != null) {
            double height = getHeight() - bottomReserve();
            Bounds world = scene.bounds();
            viewport.fit(world, getWidth(), height, FIT_MARGIN);
            GraphDrawing drawing = drawings.drawing(scene, model.themeProperty().get(), model.viewStateProperty().get());
            for (int i = 0; i < GraphDrawing.LABEL_FIT_ROUNDS; i++) {
                Bounds grown = drawing.labelBounds(viewport.zoom()).map(world::union).orElse(world);
                if (world.contains(grown)) {
                    break;
                }
                world = grown;
                viewport.fit(world, getWidth(), height, FIT_MARGIN);
            }
            fitted = true;
            fittedWidth = getWidth();
            fittedHeight = getHeight();
            requestRedraw();
        }
    }

    private void fitWhenSized() {
        if (getWidth() > 2 * FIT_MARGIN && getHeight() > 2 * FIT_MARGIN && model.sceneProperty().get() != null) {
            fitPending = false;
            fitToWindow();
        } else {
            fitPending = true;
        }
    }

    /** The pixels at the bottom of the view taken by the legend strip and the caption. */
    private double bottomReserve() {
        OpenMap map = model.mapProperty().get();
        if (map == null) {
            return 0;
        }
        Theme theme = model.themeProperty().get();
        CaptionOverlay caption = new CaptionOverlay(map.prepared().citation(), theme, model.measurer(), 1);
        double reserve = model.captionShownProperty().get() ? caption.height() : 0;
        if (model.legendShownProperty().get()) {
            reserve += new LegendOverlay(map.prepared().legend(), theme, model.measurer(), 1, 0).stripHeight(getWidth());
        }
        return reserve;
    }

    private void refitIfFitted() {
        if (fitted) {
            fitToWindow();
        }
    }

    /** Whether the view still shows the whole graph as last fitted (no zoom or pan since). */
    public boolean isFitted() {
        return fitted;
    }

    /** Zooms in around the centre of the view. */
    public void zoomIn() {
        fitted = false;
        viewport.zoomAround(ZOOM_STEP, getWidth() / 2, getHeight() / 2);
        requestRedraw();
    }

    /** Zooms out around the centre of the view. */
    public void zoomOut() {
        fitted = false;
        viewport.zoomAround(1 / ZOOM_STEP, getWidth() / 2, getHeight() / 2);
        requestRedraw();
    }

    /** The zoom: view pixels per world unit. */
    public double zoom() {
        return viewport.zoom();
    }

    /** Pans so that an actor's card is in the middle of the view. */
    public void centreOn(String actorId) {
        findNode(actorId).ifPresent(node -> {
            fitted = false;
            viewport.centreOn(node.box().centerX(), node.box().centerY(), getWidth(), getHeight());
            requestRedraw();
        });
    }

    private void centreOnRequest() {
        CentreRequest request = model.centreRequestProperty().get();
        if (request != null && findNode(request.actorId()).isPresent()) {
            fitted = false;
            if (viewport.zoom() < CENTRE_ZOOM) {
                viewport.zoomAround(CENTRE_ZOOM / viewport.zoom(), getWidth() / 2, getHeight() / 2);
            }
            findNode(request.actorId()).ifPresent(node -> viewport.centreOn(node.box().centerX(),
                    node.box().centerY(), getWidth(), getHeight() - bottomReserve()));
            requestRedraw();
        }
    }

    /** Where an actor's card centre is in the view's own coordinates, if it is in the scene. */
    public Optional<Point2D> pointOf(String actorId) {
        return findNode(actorId).map(node -> toScreen(node.box().centerX(), node.box().centerY()));
    }

    /** A point that selects a link when clicked (its label, or a stretch of its curve clear of cards), in view coordinates. */
    public Optional<Point2D> pointOfLink(String linkId) {
        Scene scene = model.sceneProperty().get();
        if (scene == null) {
            return Optional.empty();
        }
        return scene.edges().stream().filter(e -> e.linkId().equals(linkId)).findFirst().flatMap(edge -> {
            if (edge.label() != null && scene.nodeAt(edge.label().box().centerX(), edge.label().box().centerY()).isEmpty()) {
                return Optional.of(toScreen(edge.label().box().centerX(), edge.label().box().centerY()));
            }
            for (int k = 0; k <= 16; k++) {
                double t = 0.5 + (k + 1) / 2 * 0.05 * (k % 2 == 0 ? 1 : -1);
                double x = edge.xAt(t);
                double y = edge.yAt(t);
                if (scene.nodeAt(x, y).isEmpty() && scene.edgeAt(x, y, 1).filter(e -> e == edge).isPresent()) {
                    return Optional.of(toScreen(x, y));
                }
            }
            return Optional.empty();
        });
    }

    private Point2D toScreen(double worldX, double worldY) {
        return new Point2D(viewport.toScreenX(worldX), viewport.toScreenY(worldY));
    }

    /** The names as drawn now when the view is too far out for the cards' own text; empty otherwise. */
    public List<NameLabel> nameLabels() {
        Scene scene = model.sceneProperty().get();
        return scene == null ? List.of() : drawings.drawing(scene, model.themeProperty().get(),
                model.viewStateProperty().get()).nameLabels(viewport.zoom());
    }

    /** A free place for a new card near the middle of what the view shows (above the legend). */
    public CardPosition freeSpotInView() {
        double x = viewport.toWorldX(getWidth() / 2);
        double y = viewport.toWorldY(Math.max(0, getHeight() - bottomReserve()) / 2);
        return FreeSpot.near(model.sceneProperty().get(), x, y);
    }

    /** The world rectangle the view shows now. */
    public Bounds visibleWorld() {
        return viewport.visibleWorld(getWidth(), getHeight());
    }

    private Optional<NodeShape> findNode(String actorId) {
        Scene scene = model.sceneProperty().get();
        return scene == null ? Optional.empty()
                : scene.nodes().stream().filter(n -> n.actorId().equals(actorId)).findFirst();
    }

    private void requestRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(this::paint);
        }
    }

    private void paint() {
        redrawQueued = false;
        int width = (int) Math.floor(canvas.getWidth());
        int height = (int) Math.floor(canvas.getHeight());
        Scene scene = model.sceneProperty().get();
        Theme theme = model.themeProperty().get();
        if (width < 1 || height < 1) {
            return;
        }
        if (scene == null) {
            frames.forget();
            FxSurface.forScreen(canvas.getGraphicsContext2D()).fillRect(0, 0, width, height, theme.background());
            return;
        }
        GraphDrawing drawing = drawings.drawing(scene, theme, model.viewStateProperty().get());
        frames.paint(canvas, drawing, theme.background(), viewport.visibleWorld(width, height), overlays(theme),
                motion.isMoving());
    }

    private List<Overlay> overlays(Theme theme) {
        OpenMap map = model.mapProperty().get();
        List<Overlay> overlays = new ArrayList<>(2);
        if (map == null) {
            return overlays;
        }
        CaptionOverlay caption = new CaptionOverlay(map.prepared().citation(), theme, model.measurer(), 1);
        double inset = model.captionShownProperty().get() ? caption.height() : 0;
        if (model.legendShownProperty().get()) {
            overlays.add(new LegendOverlay(map.prepared().legend(), theme, model.measurer(), 1, inset));
        }
        if (model.captionShownProperty().get()) {
            overlays.add(caption);
        }
        overlays.add(gestures.overlay());
        return overlays;
    }

    Optional<NodeShape> nodeAt(double sx, double sy) {
        Scene scene = model.sceneProperty().get();
        if (scene == null) {
            return Optional.empty();
        }
        double wx = viewport.toWorldX(sx);
        double wy = viewport.toWorldY(sy);
        List<NameLabel> labels = drawings.drawing(scene, model.themeProperty().get(), model.viewStateProperty().get())
                .nameLabels(viewport.zoom());
        for (int i = labels.size() - 1; i >= 0; i--) {
            if (labels.get(i).box().contains(wx, wy)) {
                return Optional.of(scene.nodes().get(labels.get(i).vertex()));
            }
        }
        return scene.nodeAt(wx, wy)
                .filter(n -> !model.viewStateProperty().get().hiddenActors().contains(n.actorId()));
    }

    Optional<EdgeShape> edgeAt(double sx, double sy) {
        Scene scene = model.sceneProperty().get();
        if (scene == null) {
            return Optional.empty();
        }
        return scene.edgeAt(viewport.toWorldX(sx), viewport.toWorldY(sy), EDGE_TOLERANCE_PX / viewport.zoom())
                .filter(e -> !model.viewStateProperty().get().hiddenLinks().contains(e.linkId()));
    }

    private void onScroll(ScrollEvent event) {
        double factor = Math.pow(1.0018, event.getDeltaY());
        viewport.zoomAround(factor, event.getX(), event.getY());
        fitted = false;
        motion.moved();
        requestRedraw();
        event.consume();
    }

    private void onPressed(MouseEvent event) {
        requestFocus();
        event.consume();
        pressX = event.getX();
        pressY = event.getY();
        lastX = pressX;
        lastY = pressY;
        dragged = false;
        draggedActor = null;
        if (gestures.pressed(event)) {
            return;
        }
        if (event.getButton() == MouseButton.PRIMARY) {
            nodeAt(pressX, pressY).ifPresent(node -> {
                draggedActor = node.actorId();
                gestures.cardGrabbed(node.actorId());
                grabDx = node.box().centerX() - viewport.toWorldX(pressX);
                grabDy = node.box().centerY() - viewport.toWorldY(pressY);
            });
        }
    }

    private void onDragged(MouseEvent event) {
        if (!dragged && Math.hypot(event.getX() - pressX, event.getY() - pressY) < CLICK_SLOP) {
            return;
        }
        dragged = true;
        if (gestures.dragged(event)) {
            return;
        }
        if (draggedActor != null) {
            gestures.cardDragged(draggedActor, viewport.toWorldX(event.getX()) + grabDx,
                    viewport.toWorldY(event.getY()) + grabDy);
        } else {
            viewport.pan(event.getX() - lastX, event.getY() - lastY);
            fitted = false;
            setCursor(Cursor.CLOSED_HAND);
            motion.moved();
            requestRedraw();
        }
        lastX = event.getX();
        lastY = event.getY();
    }

    private void onReleased(MouseEvent event) {
        setCursor(Cursor.DEFAULT);
        if (draggedActor != null && dragged) {
            gestures.cardReleased();
        }
        if (gestures.released(event, dragged)) {
            return;
        }
        if (dragged || event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<NodeShape> node = nodeAt(event.getX(), event.getY());
        if (node.isPresent()) {
            model.selectActor(node.get().actorId());
            return;
        }
        edgeAt(event.getX(), event.getY()).ifPresentOrElse(edge -> model.selectLink(edge.linkId()), () -> {
            model.clearSelection();
            onBackground.run();
        });
    }

    private void onMoved(MouseEvent event) {
        Optional<NodeShape> node = nodeAt(event.getX(), event.getY());
        model.hover(node.map(NodeShape::actorId).orElse(null));
        gestures.moved(event.getX(), event.getY());
        boolean pointing = node.isPresent() || edgeAt(event.getX(), event.getY()).isPresent();
        setCursor(gestures.onEdge(event.getX(), event.getY()) ? Cursor.CROSSHAIR
                : pointing ? Cursor.HAND : Cursor.DEFAULT);
    }

    private void onKey(KeyEvent event) {
        if (event.isShortcutDown()) {
            return;
        }
        double step = 60;
        switch (event.getCode()) {
            case LEFT, RIGHT, UP, DOWN -> {
                if (event.isShiftDown()) {
                    switch (event.getCode()) {
                        case LEFT -> pan(step, 0);
                        case RIGHT -> pan(-step, 0);
                        case UP -> pan(0, step);
                        default -> pan(0, -step);
                    }
                } else {
                    moveSelection(MapKeyboard.Direction.valueOf(event.getCode().name()));
                }
            }
            case ENTER -> {
                if (model.selectionProperty().get() instanceof Selection.OfActor of) {
                    onOpen.accept(of.actor().id());
                }
            }
            case ESCAPE -> {
                if (!gestures.cancel()) {
                    return;
                }
            }
            case DELETE, BACK_SPACE -> gestures.deleteSelection();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** {@code +}, {@code -} and {@code 0} as typed, whatever the keyboard layout: zoom in, out and fit. */
    private void onTyped(KeyEvent event) {
        if (event.isShortcutDown()) {
            return;
        }
        switch (event.getCharacter()) {
            case "+", "=" -> zoomIn();
            case "-" -> zoomOut();
            case "0" -> fitToWindow();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Selects the next card in a direction (the card nearest the middle when nothing is selected) and shows it. */
    private void moveSelection(MapKeyboard.Direction direction) {
        Scene scene = model.sceneProperty().get();
        if (scene == null) {
            return;
        }
        java.util.Set<String> hidden = model.viewStateProperty().get().hiddenActors();
        Optional<NodeShape> next = model.selectionProperty().get() instanceof Selection.OfActor of
                ? MapKeyboard.next(scene, of.actor().id(), direction, hidden)
                : MapKeyboard.nearest(scene, visibleWorld(), hidden);
        next.ifPresent(node -> {
            model.selectActor(node.actorId());
            keepInView(node);
        });
    }

    /** Pans just enough that a card is inside the view. */
    private void keepInView(NodeShape node) {
        double margin = FIT_MARGIN;
        double left = viewport.toScreenX(node.box().x());
        double right = viewport.toScreenX(node.box().maxX());
        double top = viewport.toScreenY(node.box().y());
        double bottom = viewport.toScreenY(node.box().maxY());
        double dx = left < margin ? margin - left : right > getWidth() - margin ? getWidth() - margin - right : 0;
        double dy = top < margin ? margin - top : bottom > getHeight() - margin ? getHeight() - margin - bottom : 0;
        if (dx != 0 || dy != 0) {
            pan(dx, dy);
        }
    }

    /** What a click on the map's background does besides clearing the selection (the window ends highlights). */
    public void setOnBackground(Runnable action) {
        onBackground = action;
    }

    /** What Enter does with the selected actor (the window shows its card). */
    public void setOnOpen(java.util.function.Consumer<String> action) {
        onOpen = action;
    }

    private void pan(double dx, double dy) {
        fitted = false;
        viewport.pan(dx, dy);
        requestRedraw();
    }
}
