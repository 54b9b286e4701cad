package app.parley.graph;

import app.parley.model.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vertex number of each actor id, shared between a graph and the graphs its edits make: a table by id made once,
 * the number each of its entries has now (or -1 when the actor went), and a small table of the ids added since. An
 * edit renumbers the shared entries through its vertex map (a pass over an array of numbers, no id hashed) and files
 * only the ids it added; the table by id is made anew once the ids added since outgrow a share of it. Immutable.
 */
final class VertexNumbers {

    /** The fewest ids added since the table was made before it is made anew. */
    private static final int MIN_ADDED = 64;
    /** The share of the table the ids added since may reach before it is made anew. */
    private static final int ADDED_SHARE = 8;

    /** The table made once: each id's entry number. Never changed after it is made. */
    private final Map<String, Integer> table;
    /** For each entry of {@link #table}, its vertex number now, or -1 when that actor went. */
    private final int[] now;
    /** The ids not in {@link #table} with their vertex numbers. */
    private final Map<String, Integer> added;
    /** How many vertices are numbered. */
    private final int size;
    /** Whether every vertex has an id of its own. */
    private final boolean unique;

    private VertexNumbers(Map<String, Integer> table, int[] now, Map<String, Integer> added, int size,
                          boolean unique) {
        this.table = table;
        this.now = now;
        this.added = added;
        this.size = size;
        this.unique = unique;
    }

    /** The numbers of the actors {@code ids} by position; an id that repeats keeps its first number. */
    static VertexNumbers of(List<Actor> ids) {
        Map<String, Integer> table = new HashMap<>(ids.size() * 4 / 3 + 1);
        int[] now = new int[ids.size()];
        for (int v = 0; v < ids.size(); v++) {
            Integer first = table.putIfAbsent(ids.get(v).id(), v);
            now[v] = first == null ? v : -1;
        }
        return new VertexNumbers(table, now, Map.of(), ids.size(), table.size() == ids.size());
    }

    /** Whether every vertex has an id of its own (no id repeats). */
    boolean unique() {
        return unique;
    }

    /** The vertex number of an id, or -1. */
    int get(String id) {
        Integer at = added.get(id);
        if (at != null) {
            return at;
        }
        Integer entry = table.get(id);
        return entry == null ? -1 : now[entry];
    }

    /** How many vertices are numbered. */
    int size() {
        return size;
    }

    /**
     * The numbers after an edit that renumbered the vertices by {@code vertexMap} (-1 for a vertex gone) and added the
     * actors numbered {@code addedAt} among {@code ids}, the actors after the edit; {@code null} when an added id is
     * taken.
     */
    VertexNumbers after(int[] vertexMap, List<Actor> ids, int[] addedAt) {
        if (added.size() + addedAt.length > Math.max(MIN_ADDED, table.size() / ADDED_SHARE)) {
            VertexNumbers made = of(ids);
            return made.unique() ? made : null;
        }
        int[] renumbered = new int[now.length];
        for (int entry = 0; entry < now.length; entry++) {
            renumbered[entry] = now[entry] < 0 ? -1 : vertexMap[now[entry]];
        }
        Map<String, Integer> later = new HashMap<>(Math.max(16, (added.size() + addedAt.length) * 2));
        added.forEach((id, v) -> {
            if (vertexMap[v] >= 0) {
                later.put(id, vertexMap[v]);
            }
        });
        VertexNumbers kept = new VertexNumbers(table, renumbered, later, ids.size(), true);
        for (int v : addedAt) {
            String id = ids.get(v).id();
            if (kept.get(id) >= 0) {
                return null;
            }
            later.put(id, v);
        }
        return kept;
    }
}
