package app.parley.session;

import app.parley.graph.ActorGraph;
import app.parley.graph.GraphEdit;
import app.parley.graph.Link;
import app.parley.layout.LayoutModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps every card where it was when the map's graph is rebuilt after an edit: cards are matched by actor id, an
 * actor with a saved position goes there (pinned), and a new actor without one goes beside the actors it is linked
 * to, or to the right of the map when it has none.
 */
public final class CarriedPositions {

    private static final double GAP = 160;

    private CarriedPositions() {
    }

    /**
     * The positions for {@code after}'s vertices, taken from {@code positions} laid out for {@code before}.
     *
     * @param before    the graph the positions belong to
     * @param positions where its cards are
     * @param after     the rebuilt graph
     * @return a new model of {@code after}'s size; pinned exactly where the map has saved positions
     */
    public static LayoutModel carry(ActorGraph before, LayoutModel positions, ActorGraph after) {
        int[] origins = new int[after.size()];
        for (int v = 0; v < after.size(); v++) {
            origins[v] = before.indexOf(after.actors().get(v).id());
        }
        return carry(origins, positions, after, null);
    }

    /**
     * The positions for the vertices of the graph {@code edit} made, taken from {@code positions} laid out for the
     * graph before it, as {@link #carry(ActorGraph, LayoutModel, ActorGraph)} takes them: only the saved positions and
     * the links the edit added are looked at by id.
     */
    public static LayoutModel carry(GraphEdit edit, LayoutModel positions) {
        return carry(edit.vertexOrigins(), positions, edit.after(), edit.freshLinks());
    }

    /**
     * Carries the positions over; {@code newLinks} holds every link touching a vertex without an origin, or is
     * {@code null} when every link must be looked at.
     */
    private static LayoutModel carry(int[] origins, LayoutModel positions, ActorGraph after, BitSet newLinks) {
        int n = after.size();
        LayoutModel carried = new LayoutModel(n);
        boolean[] known = new boolean[n];
        boolean unsure = false;
        for (int v = 0; v < n; v++) {
            int old = origins[v];
            if (old >= 0 && old < positions.size()) {
                carried.set(v, positions.x(old), positions.y(old));
                known[v] = true;
            } else {
                unsure |= old >= 0;
            }
        }
        after.dataset().positions().forEach((id, saved) -> {
            int v = after.indexOf(id);
            if (v >= 0) {
                carried.set(v, saved.x(), saved.y());
                carried.pin(v, true);
                known[v] = true;
            }
        });
        placeNewcomers(after, carried, known, unsure ? null : newLinks);
        carried.setBackdrops(positions.backdrops());
        return carried;
    }

    /**
     * Places the vertices not known beside the known vertices they are linked to (in link order), or stacked to the
     * right of the map; {@code candidates} holds every link touching one of them, or is {@code null} for all links.
     */
    private static void placeNewcomers(ActorGraph graph, LayoutModel model, boolean[] known, BitSet candidates) {
        int first = firstUnknown(known);
        if (first < 0) {
            return;
        }
        Map<Integer, List<Integer>> linksOf = new HashMap<>();
        List<Link> links = graph.links();
        int m = links.size();
        for (int e = candidates == null ? 0 : candidates.nextSetBit(0); e >= 0 && e < m;
             e = candidates == null ? e + 1 : candidates.nextSetBit(e + 1)) {
            int a = graph.indexOf(links.get(e).fromId());
            int b = graph.indexOf(links.get(e).toId());
            if (a >= 0 && !known[a]) {
                linksOf.computeIfAbsent(a, k -> new ArrayList<>()).add(e);
            }
            if (b >= 0 && b != a && !known[b]) {
                linksOf.computeIfAbsent(b, k -> new ArrayList<>()).add(e);
            }
        }
        double[] corner = null;
        int stacked = 0;
        for (int v = first; v < model.size(); v++) {
            if (known[v]) {
                continue;
            }
            double sumX = 0;
            double sumY = 0;
            int neighbours = 0;
            for (int e : linksOf.getOrDefault(v, List.of())) {
                int a = graph.indexOf(links.get(e).fromId());
                int u = a == v ? graph.indexOf(links.get(e).toId()) : a;
                if (u >= 0 && known[u]) {
                    sumX += model.x(u);
                    sumY += model.y(u);
                    neighbours++;
                }
            }
            if (neighbours > 0) {
                model.set(v, sumX / neighbours + GAP / 2, sumY / neighbours + GAP / 2);
            } else {
                if (corner == null) {
                    corner = topRight(model, known);
                }
                model.set(v, corner[0] + GAP, corner[1] + stacked++ * GAP / 2);
            }
        }
    }

    private static int firstUnknown(boolean[] known) {
        for (int v = 0; v < known.length; v++) {
            if (!known[v]) {
                return v;
            }
        }
        return -1;
    }

    /** The rightmost x and topmost y of the known vertices, or a corner left of the origin when none is known. */
    private static double[] topRight(LayoutModel model, boolean[] known) {
        double right = Double.NEGATIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        for (int v = 0; v < model.size(); v++) {
            if (known[v]) {
                right = Math.max(right, model.x(v));
                top = Math.min(top, model.y(v));
            }
        }
        return right == Double.NEGATIVE_INFINITY ? new double[] {-GAP, 0} : new double[] {right, top};
    }
}
