package app.parley.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleGraph;

/**
 * The actor graph with directions dropped and parallel links merged: one tie per pair of actors that any link joins,
 * vertices being vertex numbers. Path and centrality questions are about who is connected to whom, so a pair joined
 * by four links is one step, not four.
 */
final class Ties {

    /** The links joining one pair of actors, in dataset order. */
    static final class Tie {
        private final List<Link> links = new ArrayList<>();

        List<Link> links() {
            return links;
        }
    }

    private final ActorGraph graph;
    private final Graph<Integer, Tie> ties = new SimpleGraph<>(null, null, false);
    private final Map<Long, Tie> byPair = new HashMap<>();

    private Ties(ActorGraph graph) {
        this.graph = graph;
        for (int i = 0; i < graph.size(); i++) {
            if (graph.indexOf(graph.actors().get(i).id()) == i) {
                ties.addVertex(i);
            }
        }
        for (Link link : graph.links()) {
            int from = graph.indexOf(link.fromId());
            int to = graph.indexOf(link.toId());
            if (from == to) {
                continue;
            }
            Tie tie = byPair.computeIfAbsent(key(from, to), k -> {
                Tie created = new Tie();
                ties.addEdge(from, to, created);
                return created;
            });
            tie.links.add(link);
        }
    }

    static Ties of(ActorGraph graph) {
        return new Ties(graph);
    }

    ActorGraph actorGraph() {
        return graph;
    }

    /** The undirected simple graph of vertex numbers. */
    Graph<Integer, Tie> graph() {
        return ties;
    }

    /** The links between two vertices, either direction, in dataset order; empty if none. */
    List<Link> between(int a, int b) {
        Tie tie = byPair.get(key(a, b));
        return tie == null ? List.of() : List.copyOf(tie.links);
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }
}
