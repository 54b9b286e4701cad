package app.parley.ui;

import app.parley.graph.ActorGraph;
import app.parley.layout.LayoutModel;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.render.PreparedGraph;
import app.parley.session.Aspect;
import app.parley.session.Command;
import app.parley.session.Edit;
import app.parley.session.EditRefused;
import app.parley.session.MapSession;
import app.parley.session.SessionEvent;
import app.parley.session.SessionListener;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Joins the window to the open map's {@link MapSession}: gestures carry out commands through it, and every change it
 * reports (an edit, its undo or redo) is shown: the graph is rebuilt with the cards that stayed where they were, new
 * and moved cards where the user put them, and the side panels follow. A refused edit's message is kept for the view
 * that asked.
 */
public final class SessionBridge implements SessionListener {

    private final MainViewModel model;
    private final Map<String, CardPosition> homes = new HashMap<>();
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private MapSession session;
    private Dataset shown;

    SessionBridge(MainViewModel model) {
        this.model = Objects.requireNonNull(model);
    }

    /** The session of the open map, or {@code null} before a map is open. */
    public MapSession session() {
        return session;
    }

    /** Why the last edit asked for was refused; empty after one that was made. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Increases with every change of the map's content (edits, undo, redo). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Called when the window shows a map that was opened: the session holds it from now on. */
    void opened(Dataset dataset, Path file) {
        homes.clear();
        shown = dataset;
        if (session == null) {
            session = file == null ? MapSession.unsaved(dataset) : new MapSession(dataset, file);
            session.addListener(this);
        } else if (session.dataset() != dataset) {
            session.open(dataset, file, file != null);
        }
    }

    /**
     * Carries out a command on the open map.
     *
     * @return the edit made, or empty when there is no map or the edit was refused ({@link #refusalProperty()} and
     *         the status bar say why)
     */
    public Optional<Edit> execute(Command command) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            Edit edit = session.execute(command);
            refusal.set("");
            return Optional.of(edit);
        } catch (EditRefused refused) {
            refusal.set(refused.getMessage());
            model.work().say(refused.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Records where the layout had cards the user is about to place for the first time, so that undoing the move
     * puts them back there.
     */
    public void rememberHomes(Map<String, CardPosition> layoutPositions) {
        if (session == null) {
            return;
        }
        layoutPositions.forEach((id, at) -> {
            if (!session.dataset().positions().containsKey(id)) {
                homes.putIfAbsent(id, at);
            }
        });
    }

    /** Takes back the last edit, if any. */
    public Optional<Edit> undo() {
        return session == null ? Optional.empty() : session.undo();
    }

    /** Makes the last undone edit again, if any. */
    public Optional<Edit> redo() {
        return session == null ? Optional.empty() : session.redo();
    }

    @Override
    public void sessionChanged(SessionEvent event) {
        if (event.kind() == SessionEvent.Kind.OPENED || event.kind() == SessionEvent.Kind.SAVED
                || !event.changedContent() || model.mapProperty().get() == null) {
            return;
        }
        Dataset before = shown;
        shown = event.dataset();
        if (event.aspects().equals(Set.of(Aspect.POSITIONS))) {
            LayoutModel moved = model.positions();
            placeUserCards(before, shown, model.mapProperty().get().prepared().graph(), moved);
            model.showEdited(model.mapProperty().get(), moved);
        } else {
            rebuild(before);
        }
        revision.set(revision.get() + 1);
        if (event.kind() != SessionEvent.Kind.UNDONE) {
            event.editIfAny().flatMap(Edit::created).filter(id -> shown.actors().stream()
                    .anyMatch(a -> a.id().equals(id))).ifPresent(model::selectActor);
        }
    }

    private void rebuild(Dataset before) {
        OpenMap current = model.mapProperty().get();
        PreparedGraph prepared = PreparedGraph.of(shown, model.themeProperty().get(), model.measurer());
        LayoutModel old = model.positions();
        ActorGraph oldGraph = current.prepared().graph();
        LayoutModel next = prepared.emptyLayout();
        double[] centre = centre(old);
        for (int v = 0; v < prepared.graph().size(); v++) {
            int u = oldGraph.indexOf(prepared.graph().actors().get(v).id());
            if (old != null && u >= 0 && u < old.size()) {
                next.set(v, old.x(u), old.y(u));
                next.pin(v, old.pinned(u));
            } else {
                next.set(v, centre[0], centre[1]);
            }
        }
        if (old != null) {
            next.setBackdrops(old.backdrops());
        }
        placeUserCards(before, shown, prepared.graph(), next);
        model.showEdited(new OpenMap(current.file(), prepared), next);
    }

    /** Puts placed cards where the map says, and cards no longer placed back where the layout had them. */
    private void placeUserCards(Dataset before, Dataset after, ActorGraph graph, LayoutModel layout) {
        after.positions().forEach((id, at) -> {
            int v = graph.indexOf(id);
            if (v >= 0) {
                layout.set(v, at.x(), at.y());
                layout.pin(v, true);
            }
        });
        if (before == null) {
            return;
        }
        before.positions().keySet().stream().filter(id -> !after.positions().containsKey(id)).forEach(id -> {
            int v = graph.indexOf(id);
            CardPosition home = homes.get(id);
            if (v >= 0) {
                if (home != null) {
                    layout.set(v, home.x(), home.y());
                }
                layout.pin(v, false);
            }
        });
    }

    private static double[] centre(LayoutModel layout) {
        if (layout == null || layout.size() == 0) {
            return new double[] {0, 0};
        }
        double x = 0;
        double y = 0;
        for (int v = 0; v < layout.size(); v++) {
            x += layout.x(v);
            y += layout.y(v);
        }
        return new double[] {x / layout.size(), y / layout.size()};
    }
}
