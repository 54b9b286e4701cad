package app.parley.session;

import app.parley.model.Dataset;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open map: its dataset (sources, actors, roles, relations, quotes, story and user-placed card positions), the
 * file it belongs to and whether it has unsaved changes. It changes only through {@link Command}s, each undoable and
 * redoable without limit while the map is open, and tells {@link SessionListener}s about every change. Confined to
 * one thread (the window's); hand {@link #dataset()} to other threads, it is immutable.
 */
public final class MapSession {

    private static final long NEVER_SAVED = -1;

    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<Step> done = new ArrayDeque<>();
    private final Deque<Step> undone = new ArrayDeque<>();
    private Dataset dataset;
    private Path file;
    private long savedState;
    private long nextState = 1;

    /** An edit in the history, with the number of the state it leads to. */
    private record Step(Edit edit, long state) {
    }

    /** A session holding {@code dataset}, saved in {@code file} ({@code null} for a map that needs no saving). */
    public MapSession(Dataset dataset, Path file) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.file = file;
        this.savedState = 0;
    }

    /** A session holding a new map that has never been saved (it counts as unsaved work). */
    public static MapSession unsaved(Dataset dataset) {
        MapSession session = new MapSession(dataset, null);
        session.savedState = NEVER_SAVED;
        return session;
    }

    // ---- state -----------------------------------------------------------------------------------------------------

    /** The map as it is now. */
    public Dataset dataset() {
        return dataset;
    }

    /** The file the map was opened from or last saved to. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Whether the map has changes that are not saved. */
    public boolean dirty() {
        return state() != savedState;
    }

    /** Whether there is an edit to undo. */
    public boolean canUndo() {
        return !done.isEmpty();
    }

    /** Whether there is an undone edit to make again. */
    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The label of the edit {@link #undo()} would take back. */
    public Optional<String> undoLabel() {
        return done.isEmpty() ? Optional.empty() : Optional.of(done.peek().edit().label());
    }

    /** The label of the edit {@link #redo()} would make again. */
    public Optional<String> redoLabel() {
        return undone.isEmpty() ? Optional.empty() : Optional.of(undone.peek().edit().label());
    }

    /** How many edits can be undone. */
    public int undoDepth() {
        return done.size();
    }

    // ---- changes ---------------------------------------------------------------------------------------------------

    /**
     * Carries out a command: the map changes, the edit goes on the undo history (clearing what was undone) and
     * listeners are told. A command that changes nothing leaves no trace.
     *
     * @return the edit made
     * @throws EditRefused when the change would leave the map invalid; the map is then unchanged
     */
    public Edit execute(Command command) throws EditRefused {
        Draft draft = new Draft(dataset);
        String label = command.label(dataset);
        command.perform(draft);
        Edit edit = new Edit(label, draft.ops(), draft.aspects(), draft.createdId());
        if (!draft.changed()) {
            return edit;
        }
        dataset = draft.result();
        undone.clear();
        done.push(new Step(edit, nextState++));
        fire(SessionEvent.Kind.EDITED, edit, edit.aspects());
        return edit;
    }

    /** Takes back the last edit; returns it, or empty when there was none. */
    public Optional<Edit> undo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        Step step = done.pop();
        dataset = step.edit().undo(dataset);
        undone.push(step);
        fire(SessionEvent.Kind.UNDONE, step.edit(), step.edit().aspects());
        return Optional.of(step.edit());
    }

    /** Makes the last undone edit again; returns it, or empty when there was none. */
    public Optional<Edit> redo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        Step step = undone.pop();
        dataset = step.edit().redo(dataset);
        done.push(step);
        fire(SessionEvent.Kind.REDONE, step.edit(), step.edit().aspects());
        return Optional.of(step.edit());
    }

    /**
     * Replaces the open map by another (after File › Open or New); the history starts afresh.
     *
     * @param newDataset the map
     * @param newFile    its file, or {@code null}
     * @param saved      whether it counts as saved (false for a new map that holds work)
     */
    public void open(Dataset newDataset, Path newFile, boolean saved) {
        dataset = Objects.requireNonNull(newDataset, "newDataset");
        file = newFile;
        done.clear();
        undone.clear();
        savedState = saved ? state() : NEVER_SAVED;
        fire(SessionEvent.Kind.OPENED, null, EnumSet.allOf(Aspect.class));
    }

    /** The state of the map now, to pass to {@link #markSaved} once a save of {@link #dataset()} has finished. */
    public SavePoint savePoint() {
        return new SavePoint(state());
    }

    /** Records that the map as it was at {@code point} is now in {@code savedFile}. */
    public void markSaved(SavePoint point, Path savedFile) {
        file = Objects.requireNonNull(savedFile, "savedFile");
        savedState = point.state();
        fire(SessionEvent.Kind.SAVED, null, Set.of());
    }

    // ---- listeners -------------------------------------------------------------------------------------------------

    /** Tells {@code listener} about every change from now on. */
    public void addListener(SessionListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    /** Stops telling {@code listener}. */
    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    private long state() {
        return done.isEmpty() ? 0 : done.peek().state();
    }

    private void fire(SessionEvent.Kind kind, Edit edit, Set<Aspect> aspects) {
        SessionEvent event = new SessionEvent(kind, edit, dataset, aspects, file, dirty());
        listeners.forEach(listener -> listener.sessionChanged(event));
    }
}
