package app.parley.graph;

import app.parley.model.Actor;
import app.parley.model.Rank;
import app.parley.model.RelationType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a delegate speaks for: the shortest chain of authority from an actor up to a head of state. Each step goes
 * "upwards": to the body one is a member of, leads, represents, is envoy, spokesperson or chief of staff of; back from
 * a delegate to whoever sent it or gave it a mandate; and from a state to the person holding its head-of-state role.
 * Among chains of equal length the one whose links come first in the dataset wins.
 */
public final class AuthorityChain {

    /** Relations followed from their source to their target: the source acts within or for the target. */
    private static final Set<RelationType> UP_FORWARDS = EnumSet.of(RelationType.MEMBER_OF, RelationType.LEADS,
            RelationType.REPRESENTS, RelationType.ENVOY_OF, RelationType.SPOKESPERSON_FOR,
            RelationType.CHIEF_OF_STAFF_TO);

    /** Relations followed from their target back to their source: the source stands behind the target. */
    private static final Set<RelationType> UP_BACKWARDS = EnumSet.of(RelationType.SENT, RelationType.GAVE_MANDATE_TO);

    private final ActorGraph graph;
    private final Ties ties;
    private final List<List<Link>> upwards = new ArrayList<>();

    /** Prepares chain queries over {@code graph}. */
    public AuthorityChain(ActorGraph graph) {
        this.graph = graph;
        this.ties = Ties.of(graph);
        for (int i = 0; i < graph.size(); i++) {
            upwards.add(new ArrayList<>());
        }
        for (Link link : graph.links()) {
            int from = graph.indexOf(link.fromId());
            int to = graph.indexOf(link.toId());
            if (from == to) {
                continue;
            }
            if (link instanceof RelationLink relation) {
                RelationType type = relation.relation().type();
                if (UP_FORWARDS.contains(type)) {
                    upwards.get(from).add(link);
                } else if (UP_BACKWARDS.contains(type)) {
                    upwards.get(to).add(link);
                }
            } else if (link instanceof RoleLink role && role.role().rank() == Rank.HEAD_OF_STATE) {
                upwards.get(to).add(link);
            }
        }
    }

    /** Whether an actor holds a head-of-state role. */
    public boolean isHeadOfState(String actorId) {
        return graph.index().rolesOf(actorId).stream().anyMatch(r -> r.rank() == Rank.HEAD_OF_STATE);
    }

    /**
     * The shortest chain from {@code actorId} up to a head of state; no steps if the actor is one, empty if no chain
     * of the kinds above reaches one.
     */
    public Optional<ActorPath> from(String actorId) {
        int start = graph.indexOf(actorId);
        if (start < 0) {
            throw new IllegalArgumentException("No actor has the id \"" + actorId + "\"");
        }
        Link[] via = new Link[graph.size()];
        int[] parent = new int[graph.size()];
        Arrays.fill(parent, -1);
        parent[start] = start;
        Deque<Integer> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            int vertex = queue.removeFirst();
            if (isHeadOfState(graph.actors().get(vertex).id())) {
                return Optional.of(path(start, vertex, parent, via));
            }
            for (Link link : upwards.get(vertex)) {
                int next = graph.indexOf(link.fromId()) == vertex ? graph.indexOf(link.toId())
                        : graph.indexOf(link.fromId());
                if (parent[next] < 0) {
                    parent[next] = vertex;
                    via[next] = link;
                    queue.addLast(next);
                }
            }
        }
        return Optional.empty();
    }

    private ActorPath path(int start, int end, int[] parent, Link[] via) {
        List<Integer> vertices = new ArrayList<>();
        for (int vertex = end; vertex != start; vertex = parent[vertex]) {
            vertices.add(vertex);
        }
        vertices.add(start);
        Collections.reverse(vertices);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i + 1 < vertices.size(); i++) {
            int a = vertices.get(i);
            int b = vertices.get(i + 1);
            steps.add(Step.along(graph, graph.actors().get(a), via[b], ties.between(a, b)));
        }
        Actor first = graph.actors().get(start);
        return new ActorPath(first, graph.actors().get(end), steps);
    }
}
