package app.parley.graph;

import app.parley.model.Actor;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.jgrapht.Graphs;

/**
 * The actors within a few steps of one actor, following links in either direction, and every link among them: the
 * "who is around this person" view.
 */
public final class Neighbourhood {

    private final Actor centre;
    private final int depth;
    private final List<Actor> actors;
    private final int[] distances;
    private final List<Link> links;
    private final ActorGraph graph;

    private Neighbourhood(ActorGraph graph, Actor centre, int depth, List<Actor> actors, int[] distances,
                          List<Link> links) {
        this.graph = graph;
        this.centre = centre;
        this.depth = depth;
        this.actors = List.copyOf(actors);
        this.distances = distances;
        this.links = List.copyOf(links);
    }

    /** The actors at most {@code depth} links away from {@code actorId} (1: direct neighbours, 2: theirs too). */
    public static Neighbourhood of(ActorGraph graph, String actorId, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("Depth must not be negative");
        }
        int start = graph.indexOf(actorId);
        if (start < 0) {
            throw new IllegalArgumentException("No actor has the id \"" + actorId + "\"");
        }
        Ties ties = Ties.of(graph);
        int[] distances = new int[graph.size()];
        Arrays.fill(distances, -1);
        distances[start] = 0;
        Deque<Integer> queue = new ArrayDeque<>(List.of(start));
        List<Integer> found = new ArrayList<>();
        while (!queue.isEmpty()) {
            int vertex = queue.removeFirst();
            found.add(vertex);
            if (distances[vertex] == depth) {
                continue;
            }
            List<Integer> next = new ArrayList<>(Graphs.neighborListOf(ties.graph(), vertex));
            next.sort(null);
            for (int neighbour : next) {
                if (distances[neighbour] < 0) {
                    distances[neighbour] = distances[vertex] + 1;
                    queue.addLast(neighbour);
                }
            }
        }
        found.sort(Comparator.<Integer>comparingInt(v -> distances[v]).thenComparingInt(v -> v));
        List<Link> links = graph.links().stream()
                .filter(l -> distances[graph.indexOf(l.fromId())] >= 0 && distances[graph.indexOf(l.toId())] >= 0)
                .toList();
        return new Neighbourhood(graph, graph.actors().get(start), depth,
                found.stream().map(graph.actors()::get).toList(), distances, links);
    }

    /** The actor at the centre. */
    public Actor centre() {
        return centre;
    }

    /** How many links away the neighbourhood reaches. */
    public int depth() {
        return depth;
    }

    /** The centre first, then its neighbours nearest first, ties in vertex order. */
    public List<Actor> actors() {
        return actors;
    }

    /** Every link whose two ends are both in the neighbourhood, in dataset order. */
    public List<Link> links() {
        return links;
    }

    /** Whether an actor is in the neighbourhood. */
    public boolean contains(String actorId) {
        return distance(actorId) >= 0;
    }

    /** How many links an actor is from the centre, or -1 if it is outside the neighbourhood. */
    public int distance(String actorId) {
        int vertex = graph.indexOf(actorId);
        return vertex < 0 ? -1 : distances[vertex];
    }
}
