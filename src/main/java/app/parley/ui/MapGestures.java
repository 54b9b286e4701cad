package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.model.Actor;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.Relation;
import app.parley.model.Span;
import app.parley.render.paint.Overlay;
import app.parley.render.paint.Surface;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.EdgeShape;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Stroke;
import app.parley.session.AddActor;
import app.parley.session.AddRelation;
import app.parley.session.DeleteActors;
import app.parley.session.DeleteRelation;
import app.parley.session.DeleteRole;
import app.parley.session.EditActor;
import app.parley.session.EditRelation;
import app.parley.session.MoveCards;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Editing on the map: the context menus (New actor here; Edit, Link to…, Delete on a card; Edit, Delete on a link),
 * drawing a link from a card's edge to another card, picking cards with Shift+click or a Shift-dragged rubber band,
 * moving the picked cards together, and Delete with a confirmation. Every change is one undoable session command.
 */
final class MapGestures {

    /** How close to a card's border, in view pixels, a press starts a link instead of a move. */
    static final double EDGE_BAND = 6;

    private static final Rgba PICK = new Rgba(0, 114, 178, 255);

    private final GraphView view;
    private final MainViewModel model;
    private final CardPicks picks;
    private final RubberBand band = new RubberBand();
    private final LinkDrag link = new LinkDrag();
    private Supplier<Span> evidence = () -> null;
    private Map<String, CardPosition> grabbed = Map.of();
    private boolean movedCards;

    MapGestures(GraphView view, MainViewModel model) {
        this.view = view;
        this.model = model;
        this.picks = new CardPicks(view::repaint);
        model.bridge().revisionProperty().addListener(o -> keepPicksOnMap());
    }

    /** Where links drawn on the map find the words they rest on (the words selected in the article). */
    void setEvidence(Supplier<Span> selectedWords) {
        evidence = selectedWords;
    }

    /** The picked cards. */
    CardPicks picks() {
        return picks;
    }

    // ---- pointer ---------------------------------------------------------------------------------------------------

    /** A press on the view; true when a gesture took it. */
    boolean pressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        Optional<NodeShape> node = view.nodeAt(event.getX(), event.getY());
        if (link.waitingForClick()) {
            String from = link.fromId();
            link.stop();
            node.filter(n -> !n.actorId().equals(from)).ifPresent(n -> newLink(from, n.actorId()));
            view.repaint();
            return true;
        }
        if (node.isPresent() && !event.isShiftDown() && onEdge(node.get(), event.getX(), event.getY())) {
            link.drag(node.get().actorId(), event.getX(), event.getY());
            return true;
        }
        if (node.isEmpty() && event.isShiftDown()) {
            band.start(event.getX(), event.getY());
            return true;
        }
        return false;
    }

    /** A drag; true when a gesture took it. */
    boolean dragged(MouseEvent event) {
        if (link.dragging()) {
            link.to(event.getX(), event.getY());
        } else if (band.active()) {
            band.to(event.getX(), event.getY());
        } else {
            return false;
        }
        view.repaint();
        return true;
    }

    /** A release; true when a gesture took it (otherwise the view selects what was clicked). */
    boolean released(MouseEvent event, boolean dragged) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return false;
        }
        if (link.dragging()) {
            String from = link.fromId();
            link.stop();
            view.nodeAt(event.getX(), event.getY()).filter(n -> !n.actorId().equals(from))
                    .ifPresent(n -> newLink(from, n.actorId()));
            view.repaint();
            return true;
        }
        if (band.active()) {
            band.stop();
            pickIn(band.area());
            view.repaint();
            return true;
        }
        if (!dragged && event.isShiftDown()) {
            view.nodeAt(event.getX(), event.getY()).ifPresent(node -> {
                if (picks.isEmpty() && model.selectionProperty().get() instanceof Selection.OfActor of
                        && !of.actor().id().equals(node.actorId())) {
                    picks.toggle(of.actor().id());
                }
                picks.toggle(node.actorId());
            });
            return true;
        }
        if (!dragged) {
            picks.clear();
        }
        return false;
    }

    /** The pointer moved without a button: a link waiting for its target follows it. */
    void moved(double x, double y) {
        if (link.waitingForClick()) {
            link.to(x, y);
            view.repaint();
        }
    }

    /** Whether the point is on a card's edge, where a drag draws a link. */
    boolean onEdge(double x, double y) {
        return view.nodeAt(x, y).filter(n -> onEdge(n, x, y)).isPresent();
    }

    private boolean onEdge(NodeShape node, double x, double y) {
        Viewport viewport = view.viewport();
        double left = viewport.toScreenX(node.box().x());
        double right = viewport.toScreenX(node.box().maxX());
        double top = viewport.toScreenY(node.box().y());
        double bottom = viewport.toScreenY(node.box().maxY());
        double band = Math.min(EDGE_BAND, Math.min(right - left, bottom - top) / 4);
        return x - left < band || right - x < band || y - top < band || bottom - y < band;
    }

    // ---- moving cards ----------------------------------------------------------------------------------------------

    /** A card was grabbed: it moves alone, or with the other picked cards when it is picked. */
    void cardGrabbed(String actorId) {
        Scene scene = model.sceneProperty().get();
        List<String> moving = picks.contains(actorId) ? List.copyOf(picks.ids()) : List.of(actorId);
        Map<String, CardPosition> at = new LinkedHashMap<>();
        for (NodeShape node : scene.nodes()) {
            if (moving.contains(node.actorId())) {
                at.put(node.actorId(), new CardPosition(node.box().centerX(), node.box().centerY()));
            }
        }
        grabbed = at;
        movedCards = false;
    }

    /** The grabbed card is dragged to ({@code x}, {@code y}): every card moving with it keeps its distance. */
    void cardDragged(String actorId, double x, double y) {
        CardPosition start = grabbed.get(actorId);
        if (start == null) {
            model.moveActor(actorId, x, y);
            return;
        }
        double dx = x - start.x();
        double dy = y - start.y();
        grabbed.forEach((id, from) -> model.moveActor(id, from.x() + dx, from.y() + dy));
        movedCards = true;
    }

    /** The drag ended: the cards' new places become one undoable move. */
    void cardReleased() {
        if (movedCards && !grabbed.isEmpty()) {
            Map<String, CardPosition> targets = new LinkedHashMap<>();
            for (NodeShape node : model.sceneProperty().get().nodes()) {
                if (grabbed.containsKey(node.actorId())) {
                    targets.put(node.actorId(), new CardPosition(node.box().centerX(), node.box().centerY()));
                }
            }
            model.bridge().rememberHomes(grabbed);
            model.bridge().execute(new MoveCards(targets));
        }
        grabbed = Map.of();
        movedCards = false;
    }

    private void pickIn(Bounds screenArea) {
        Viewport viewport = view.viewport();
        Bounds world = Bounds.between(viewport.toWorldX(screenArea.x()), viewport.toWorldY(screenArea.y()),
                viewport.toWorldX(screenArea.maxX()), viewport.toWorldY(screenArea.maxY()));
        List<String> inside = new ArrayList<>();
        for (NodeShape node : model.sceneProperty().get().nodes()) {
            if (node.box().intersects(world)
                    && !model.viewStateProperty().get().hiddenActors().contains(node.actorId())) {
                inside.add(node.actorId());
            }
        }
        picks.addAll(inside);
    }

    private void keepPicksOnMap() {
        OpenMap map = model.mapProperty().get();
        if (map != null) {
            picks.retain(map.dataset().actors().stream().map(Actor::id).toList());
        }
    }

    // ---- menus -----------------------------------------------------------------------------------------------------

    /** The context menu for a point of the view: a card's, a link's or the background's. */
    ContextMenu menuAt(double x, double y) {
        if (model.mapProperty().get() == null) {
            return null;
        }
        link.stop();
        Optional<NodeShape> node = view.nodeAt(x, y);
        if (node.isPresent()) {
            String id = node.get().actorId();
            if (!picks.contains(id)) {
                picks.clear();
                model.selectActor(id);
            }
            return menu(item("Edit…", "edit-actor", () -> editActor(id)),
                    item("Link to…", "link-to", () -> {
                        link.waitForTarget(id, x, y);
                        model.work().say("Click the actor to link " + name(id) + " to (Esc cancels).");
                    }),
                    item(picks.ids().size() > 1 ? "Delete " + picks.ids().size() + " actors…" : "Delete…",
                            "delete-actor", this::deleteSelection));
        }
        Optional<EdgeShape> edge = view.edgeAt(x, y);
        if (edge.isPresent()) {
            String id = edge.get().linkId();
            model.selectLink(id);
            Optional<Relation> relation = relation(id);
            MenuItem edit = item("Edit…", "edit-link", () -> relation.ifPresentOrElse(this::editLink,
                    () -> graph().dataset().roles().stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(
                            role -> RoleEditing.editInDialog(view.getScene().getWindow(), model, role))));
            return menu(edit, item("Delete…", "delete-link", this::deleteSelection));
        }
        double worldX = view.viewport().toWorldX(x);
        double worldY = view.viewport().toWorldY(y);
        return menu(item("New actor here…", "new-actor-here", () -> newActorAt(new CardPosition(worldX, worldY))));
    }

    private static ContextMenu menu(MenuItem... items) {
        return new ContextMenu(items);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    // ---- commands --------------------------------------------------------------------------------------------------

    /** Asks for a new actor and puts its card, pinned, at {@code at}. */
    void newActorAt(CardPosition at) {
        view.holdView();
        ActorForm form = new ActorForm("", graph().dataset().ownSides());
        AuthoringDialog.show(view.getScene().getWindow(), "New actor", null, form, form.nameField(), "Add actor",
                () -> new AddActor(form.name(), form.kind(), form.side(), form.aliases(), at), model.bridge());
    }

    /** Asks for an actor's new name, kind, side and aliases. */
    void editActor(String actorId) {
        graph().actor(actorId).ifPresent(actor -> {
            ActorForm form = new ActorForm(actor, graph().dataset().ownSides());
            AuthoringDialog.show(view.getScene().getWindow(), "Edit " + actor.name(), null, form, form.nameField(),
                    "Save", () -> new EditActor(actorId, form.name(), form.kind(), form.side(), form.aliases()),
                    model.bridge());
        });
    }

    private void editLink(Relation relation) {
        LinkForm form = new LinkForm(graph(), graph().actor(relation.fromId()).orElse(null), relation.type(),
                graph().actor(relation.toId()).orElse(null));
        AuthoringDialog.show(view.getScene().getWindow(), "Edit link", null, form, form.firstEmpty(), "Save",
                () -> new EditRelation(relation.id(), form.fromId(), form.type(), form.toId(), relation.evidence()),
                model.bridge());
    }

    /** Asks for the type of a link drawn from one card to another; it rests on the words selected in the article. */
    void newLink(String fromId, String toId) {
        LinkForm form = new LinkForm(graph(), graph().actor(fromId).orElse(null), null,
                graph().actor(toId).orElse(null));
        Span words = evidence.get();
        String intro = words == null
                ? "Select the words that state this link in the Article first; a link rests on the article's words."
                : "Resting on: “" + graph().dataset().sources().stream().filter(s -> s.contains(words))
                        .map(s -> s.excerpt(words)).findFirst().orElse("") + "”";
        AuthoringDialog.show(view.getScene().getWindow(), "New link", intro, form, form.firstEmpty(), "Add link",
                () -> new AddRelation(form.fromId(), form.type(), form.toId(), evidence.get()), model.bridge());
    }

    /** Deletes the picked cards, else the selected actor or link, once the user has confirmed. */
    void deleteSelection() {
        if (model.mapProperty().get() == null) {
            return;
        }
        Dataset dataset = graph().dataset();
        List<String> actors = picks.isEmpty()
                ? model.selectionProperty().get() instanceof Selection.OfActor of ? List.of(of.actor().id()) : List.of()
                : List.copyOf(picks.ids());
        if (!actors.isEmpty()) {
            if (DeleteConfirmation.confirm(view.getScene().getWindow(), DeleteConfirmation.question(dataset, actors),
                    DeleteConfirmation.consequences(dataset, actors))) {
                model.bridge().execute(new DeleteActors(actors)).ifPresent(e -> model.work().say(e.label() + "."));
                picks.clear();
            }
            return;
        }
        if (model.selectionProperty().get() instanceof Selection.OfLink of) {
            String id = of.link().id();
            String what = name(of.link().fromId()) + " " + of.link().label() + " " + name(of.link().toId());
            if (DeleteConfirmation.confirm(view.getScene().getWindow(), "Delete the link “" + what + "”?",
                    "Its actors and the article stay.")) {
                model.bridge().execute(relation(id).isPresent() ? new DeleteRelation(id) : new DeleteRole(id))
                        .ifPresent(e -> model.work().say(e.label() + "."));
            }
        }
    }

    /** Ends a link waiting for its target and unpicks the cards. */
    /** Ends a link being drawn and unpicks the picked cards; says whether there was any to end. */
    boolean cancel() {
        boolean any = link.dragging() || !picks.isEmpty();
        link.stop();
        picks.clear();
        view.repaint();
        return any;
    }

    private Optional<Relation> relation(String id) {
        return graph().dataset().relations().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private ActorGraph graph() {
        return model.mapProperty().get().prepared().graph();
    }

    private String name(String actorId) {
        return graph().index().nameOf(actorId);
    }

    // ---- drawing ---------------------------------------------------------------------------------------------------

    /** Whether {@link #overlay()} draws nothing now: no card picked, no band, no link being drawn. */
    boolean drawsNothing() {
        return picks.isEmpty() && !band.active() && !link.active();
    }

    /** Draws the picked cards' frames, the rubber band and the link being drawn, over the map. */
    Overlay overlay() {
        return (Surface surface, double width, double height) -> {
            Scene scene = model.sceneProperty().get();
            Viewport viewport = view.viewport();
            if (scene != null && !picks.isEmpty()) {
                Stroke ring = Stroke.solid(PICK, 2.5);
                for (NodeShape node : scene.nodes()) {
                    if (picks.contains(node.actorId())) {
                        double x = viewport.toScreenX(node.box().x()) - 4;
                        double y = viewport.toScreenY(node.box().y()) - 4;
                        surface.strokeRoundRect(x, y, viewport.toScreenX(node.box().maxX()) + 4 - x,
                                viewport.toScreenY(node.box().maxY()) + 4 - y, 10, ring);
                    }
                }
            }
            if (band.active()) {
                Bounds area = band.area();
                surface.fillRect(area.x(), area.y(), area.width(), area.height(), PICK.withOpacity(0.12));
                surface.strokeRoundRect(area.x(), area.y(), area.width(), area.height(), 0, Stroke.solid(PICK, 1));
            }
            if (link.active() && scene != null) {
                scene.nodes().stream().filter(n -> n.actorId().equals(link.fromId())).findFirst().ifPresent(n ->
                        surface.strokeLine(viewport.toScreenX(n.box().centerX()),
                                viewport.toScreenY(n.box().centerY()), link.x(), link.y(),
                                new Stroke(PICK, 2, new double[] {6, 4})));
            }
        };
    }
}
