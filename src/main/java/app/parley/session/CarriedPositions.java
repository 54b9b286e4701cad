package app.parley.session;

import app.parley.graph.ActorGraph;
import app.parley.graph.GraphEdit;
import app.parley.graph.Link;
import app.parley.layout.LayoutModel;
import app.parley.model.CardPosition;
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
        return carry(origins, positions, after);
    }

    /**
     * The positions for the vertices of the graph {@code edit} made, taken from {@code positions} laid out for the
     * graph before it, as {@link #carry(ActorGraph, LayoutModel, ActorGraph)} takes them.
     */
    public static LayoutModel carry(GraphEdit edit, LayoutModel positions) {
        return carry(edit.vertexOrigins(), positions, edit.after());
    }

    private static LayoutModel carry(int[] origins, LayoutModel positions, ActorGraph after) {
        LayoutModel carried = new LayoutModel(after.size());
        Map<String, CardPosition> placed = after.dataset().positions();
        boolean[] known = new boolean[after.size()];
        for (int v = 0; v < after.size(); v++) {
            String id = after.actors().get(v).id();
            CardPosition saved = placed.get(id);
            int old = origins[v];
            if (saved != null) {
                carried.set(v, saved.x(), saved.y());
                known[v] = true;
            } else if (old >= 0 && old < positions.size()) {
                carried.set(v, positions.x(old), positions.y(old));
                known[v] = true;
            }
            carried.pin(v, saved != null);
        }
        placeNewcomers(after, carried, known);
        carried.setBackdrops(positions.backdrops());
        return carried;
    }

    private static void placeNewcomers(ActorGraph graph, LayoutModel model, boolean[] known) {
        double right = Double.NEGATIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        for (int v = 0; v < model.size(); v++) {
            if (known[v]) {
                right = Math.max(right, model.x(v));
                top = Math.min(top, model.y(v));
            }
        }
        if (right == Double.NEGATIVE_INFINITY) {
            right = -GAP;
            top = 0;
        }
        int stacked = 0;
        for (int v = 0; v < model.size(); v++) {
            if (known[v]) {
                continue;
            }
            double sumX = 0;
            double sumY = 0;
            int neighbours = 0;
            String id = graph.actors().get(v).id();
            for (Link link : graph.links()) {
                String other = link.fromId().equals(id) ? link.toId() : link.toId().equals(id) ? link.fromId() : null;
                int u = other == null ? -1 : graph.indexOf(other);
                if (u >= 0 && known[u]) {
                    sumX += model.x(u);
                    sumY += model.y(u);
                    neighbours++;
                }
            }
            if (neighbours > 0) {
                model.set(v, sumX / neighbours + GAP / 2, sumY / neighbours + GAP / 2);
            } else {
                model.set(v, right + GAP, top + stacked++ * GAP / 2);
            }
        }
    }
}
