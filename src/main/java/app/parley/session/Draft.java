package app.parley.session;

import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A map being changed by one command: lists are copied only when first touched, and every change is recorded as an
 * {@link Op} so that the whole command can be undone and redone exactly.
 */
public final class Draft {

    private final Dataset base;
    private final Map<Part<?>, List<Object>> lists = new HashMap<>();
    private Map<String, CardPosition> positions;
    private String title;
    private String createdId;
    private final List<Op> ops = new ArrayList<>();

    Draft(Dataset base) {
        this.base = Objects.requireNonNull(base);
        this.title = base.title();
    }

    /** The map as it was before this command. */
    public Dataset base() {
        return base;
    }

    /** The elements of a part as changed so far (read-only). */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(Part<T> part) {
        List<Object> changed = lists.get(part);
        return changed == null ? part.of(base) : Collections.unmodifiableList((List<T>) changed);
    }

    /** The element with {@code id}, as changed so far. */
    public <T> Optional<T> find(Part<T> part, String id) {
        int index = indexOf(part, id);
        return index < 0 ? Optional.empty() : Optional.of(list(part).get(index));
    }

    /** Where the element with {@code id} stands in its list, or -1. */
    public <T> int indexOf(Part<T> part, String id) {
        List<T> items = list(part);
        for (int i = 0; i < items.size(); i++) {
            if (part.idOf(items.get(i)).equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Appends an element. */
    public <T> void add(Part<T> part, T element) {
        insert(part, list(part).size(), element);
    }

    /** Inserts an element at {@code index}. */
    public <T> void insert(Part<T> part, int index, T element) {
        record(new Op.Insert(part, index, Objects.requireNonNull(element)));
    }

    /** Removes the element with {@code id}; returns it. */
    public <T> T remove(Part<T> part, String id) {
        int index = requireIndex(part, id);
        T element = list(part).get(index);
        record(new Op.Remove(part, index, element));
        return element;
    }

    /** Replaces the element with the id of {@code element} by it. */
    public <T> void replace(Part<T> part, T element) {
        int index = requireIndex(part, part.idOf(element));
        T before = list(part).get(index);
        if (!before.equals(element)) {
            record(new Op.Replace(part, index, before, element));
        }
    }

    /** Moves the element at {@code from} to {@code to} (both indices in the list as it is now). */
    public <T> void move(Part<T> part, int from, int to) {
        T element = list(part).get(from);
        record(new Op.Remove(part, from, element));
        record(new Op.Insert(part, to, element));
    }

    /** The card positions as changed so far. */
    public Map<String, CardPosition> positions() {
        return positions == null ? base.positions() : Collections.unmodifiableMap(positions);
    }

    /** Places an actor's card, or releases it with {@code null}. */
    public void place(String actorId, CardPosition position) {
        CardPosition before = positions().get(actorId);
        if (!Objects.equals(before, position)) {
            record(new Op.Place(actorId, before, position));
        }
    }

    /** The title as changed so far. */
    public String title() {
        return title;
    }

    /** Changes the map's title. */
    public void retitle(String newTitle) {
        if (!title.equals(newTitle)) {
            record(new Op.Retitle(title, newTitle));
        }
    }

    /** Records the id of the element the command created, so the window can select it. */
    public void created(String id) {
        createdId = id;
    }

    String createdId() {
        return createdId;
    }

    /** Whether anything changed. */
    boolean changed() {
        return !ops.isEmpty();
    }

    /** The changes made, in order. */
    List<Op> ops() {
        return List.copyOf(ops);
    }

    /** The aspects of the map the changes touch. */
    Set<Aspect> aspects() {
        Set<Aspect> touched = EnumSet.noneOf(Aspect.class);
        ops.forEach(op -> touched.add(op.aspect()));
        return touched;
    }

    /** The map with every change made. */
    Dataset result() {
        if (ops.isEmpty()) {
            return base;
        }
        return new Dataset(title, list(Part.SOURCES), list(Part.ACTORS), list(Part.ROLES), list(Part.RELATIONS),
                list(Part.QUOTES), new Story(list(Part.STEPS)), positions());
    }

    /** Applies recorded changes (for undo and redo). */
    void replay(List<Op> changes) {
        changes.forEach(this::record);
    }

    private void record(Op op) {
        op.applyTo(this);
        ops.add(op);
    }

    private <T> int requireIndex(Part<T> part, String id) {
        int index = indexOf(part, id);
        if (index < 0) {
            throw new IllegalArgumentException("No " + part.noun() + " has the id \"" + id + "\"");
        }
        return index;
    }

    List<Object> rawList(Part<?> part) {
        return lists.computeIfAbsent(part, p -> new ArrayList<>(p.of(base)));
    }

    Map<String, CardPosition> rawPositions() {
        if (positions == null) {
            positions = new LinkedHashMap<>(base.positions());
        }
        return positions;
    }

    void rawTitle(String newTitle) {
        title = newTitle;
    }
}
