package app.parley.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;

/**
 * How two actors are connected: the shortest paths between them with link directions ignored, shortest first. Where
 * several links join the same two actors a step follows the first in dataset order and lists the others as
 * alternatives, so paths differ in the actors they pass through, not only in which parallel link they take.
 */
public final class Connections {

    private final ActorGraph graph;
    private final Ties ties;

    /** Prepares path queries over {@code graph}. */
    public Connections(ActorGraph graph) {
        this.graph = graph;
        this.ties = Ties.of(graph);
    }

    /** The shortest path from one actor to another, or empty if they are not connected or are the same actor. */
    public Optional<ActorPath> shortest(String fromId, String toId) {
        return paths(fromId, toId, 1).stream().findFirst();
    }

    /**
     * Up to {@code limit} loopless paths from one actor to another, shortest first (Yen's algorithm); paths of equal
     * length keep the order the algorithm finds them in, which is the same on every run. Empty if the actors are not
     * connected or are the same actor.
     */
    public List<ActorPath> paths(String fromId, String toId, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("Limit must be positive");
        }
        int source = vertex(fromId);
        int sink = vertex(toId);
        if (source == sink) {
            return List.of();
        }
        List<GraphPath<Integer, Ties.Tie>> found = new YenKShortestPath<>(ties.graph()).getPaths(source, sink, limit);
        List<ActorPath> paths = new ArrayList<>();
        for (GraphPath<Integer, Ties.Tie> path : found) {
            paths.add(toActorPath(path.getVertexList()));
        }
        paths.sort(Comparator.comparingInt(ActorPath::length));
        return List.copyOf(paths);
    }

    private ActorPath toActorPath(List<Integer> vertices) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i + 1 < vertices.size(); i++) {
            int a = vertices.get(i);
            int b = vertices.get(i + 1);
            List<Link> between = ties.between(a, b);
            steps.add(Step.along(graph, graph.actors().get(a), between.get(0), between));
        }
        return new ActorPath(graph.actors().get(vertices.get(0)), graph.actors().get(vertices.get(vertices.size() - 1)),
                steps);
    }

    private int vertex(String actorId) {
        int index = graph.indexOf(actorId);
        if (index < 0) {
            throw new IllegalArgumentException("No actor has the id \"" + actorId + "\"");
        }
        return index;
    }
}
