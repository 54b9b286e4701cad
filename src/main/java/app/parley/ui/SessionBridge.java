package app.parley.ui;

import app.parley.model.CardPosition;
import app.parley.session.Command;
import app.parley.session.Edit;
import app.parley.session.EditRefused;
import app.parley.session.MapSession;
import app.parley.session.SessionEvent;
import app.parley.session.SessionListener;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open map's session as the editing gestures see it: commands carried out with their refusal kept as a property,
 * and a revision that grows with every change of the map's content, once the window has redrawn it.
 */
public final class SessionBridge implements SessionListener {

    private final MainViewModel model;
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    /** Listens to {@code model}'s session; made after the view model's own listener, so it hears edits after it. */
    SessionBridge(MainViewModel model) {
        this.model = Objects.requireNonNull(model);
        model.session().addListener(this);
    }

    /** The session of the open map. */
    public MapSession session() {
        return model.session();
    }

    /** Why the last edit asked for was refused; empty after one that was made. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Increases with every change of the map's content (edits, undo, redo). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /**
     * Carries out a command on the open map.
     *
     * @return the edit made, or empty when it was refused ({@link #refusalProperty()} and the status bar say why)
     */
    public Optional<Edit> execute(Command command) {
        try {
            Edit edit = session().execute(command);
            refusal.set("");
            return Optional.of(edit);
        } catch (EditRefused refused) {
            refusal.set(refused.getMessage());
            model.work().say("Not done: " + refused.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Records where the layout had cards the user is about to place for the first time, so that undoing the move
     * puts them back there.
     */
    public void rememberHomes(Map<String, CardPosition> layoutPositions) {
        model.rememberLayoutHomes(layoutPositions);
    }

    /** Takes back the last edit, if any. */
    public Optional<Edit> undo() {
        return session().undo();
    }

    /** Makes the last undone edit again, if any. */
    public Optional<Edit> redo() {
        return session().redo();
    }

    @Override
    public void sessionChanged(SessionEvent event) {
        if (event.kind() == SessionEvent.Kind.OPENED || event.kind() == SessionEvent.Kind.SAVED
                || !event.changedContent() || model.mapProperty().get() == null) {
            return;
        }
        revision.set(revision.get() + 1);
        if (event.kind() != SessionEvent.Kind.UNDONE) {
            event.editIfAny().flatMap(Edit::created).filter(id -> event.dataset().actors().stream()
                    .anyMatch(a -> a.id().equals(id))).ifPresent(model::selectActor);
        }
    }
}
