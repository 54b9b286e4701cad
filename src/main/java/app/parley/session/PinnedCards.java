package app.parley.session;

import app.parley.graph.ActorGraph;
import app.parley.layout.LayoutModel;
import app.parley.model.CardPosition;
import java.util.Map;

/** Puts the cards a user placed (the map's saved positions) into a layout, pinned, so layouts leave them there. */
public final class PinnedCards {

    private PinnedCards() {
    }

    /** Places and pins every card of {@code graph}'s dataset that has a saved position; returns how many. */
    public static int apply(ActorGraph graph, LayoutModel model) {
        return apply(graph, graph.dataset().positions(), model);
    }

    /** Places and pins the cards in {@code positions}; unknown actors are skipped. Returns how many were placed. */
    public static int apply(ActorGraph graph, Map<String, CardPosition> positions, LayoutModel model) {
        int placed = 0;
        for (Map.Entry<String, CardPosition> entry : positions.entrySet()) {
            int v = graph.indexOf(entry.getKey());
            if (v >= 0) {
                model.set(v, entry.getValue().x(), entry.getValue().y());
                model.pin(v, true);
                placed++;
            }
        }
        return placed;
    }
}
