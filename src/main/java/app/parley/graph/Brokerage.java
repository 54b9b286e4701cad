package app.parley.graph;

import app.parley.model.Actor;
import app.parley.model.RelationType;
import app.parley.model.Side;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Third-party brokerage between opposed camps, the mediator's place in a map. Two sides are <em>opposed</em> when a
 * criticism or conflict link (criticised, accused, pressured, at war with) joins an actor of one to an actor of the
 * other. Every other link, either direction, is a <em>working tie</em>. An actor's score is the number of pairs of
 * actors it has working ties to that stand on two opposed sides, counted only if its own side is neither of them and
 * opposes neither. Whether the two also deal with each other directly does not matter: a mediator sits at the table
 * with both parties, who talk to each other too.
 */
final class Brokerage {

    /** The relation types that set two sides against each other and are not working ties. */
    static final Set<RelationType> CONFLICT = EnumSet.of(RelationType.CRITICISED, RelationType.ACCUSED,
            RelationType.PRESSURED, RelationType.AT_WAR_WITH);

    private Brokerage() {
    }

    /** The score of every vertex, indexed by vertex number; vertices that are not in the graph score 0. */
    static double[] scores(ActorGraph graph) {
        List<Side> order = graph.actors().stream().map(Actor::side).distinct().toList();
        int sides = order.size();
        boolean[][] opposed = new boolean[sides][sides];
        List<Set<Integer>> ties = new ArrayList<>();
        for (int v = 0; v < graph.size(); v++) {
            ties.add(new LinkedHashSet<>());
        }
        for (Link link : graph.links()) {
            int from = graph.indexOf(link.fromId());
            int to = graph.indexOf(link.toId());
            if (from == to) {
                continue;
            }
            if (isConflict(link)) {
                int a = side(order, graph, from);
                int b = side(order, graph, to);
                if (a != b) {
                    opposed[a][b] = true;
                    opposed[b][a] = true;
                }
            } else {
                ties.get(from).add(to);
                ties.get(to).add(from);
            }
        }
        double[] scores = new double[graph.size()];
        for (int v = 0; v < graph.size(); v++) {
            if (graph.indexOf(graph.actors().get(v).id()) != v) {
                continue;
            }
            int own = side(order, graph, v);
            List<Integer> neighbours = new ArrayList<>(ties.get(v));
            int pairs = 0;
            for (int i = 0; i < neighbours.size(); i++) {
                int a = side(order, graph, neighbours.get(i));
                for (int j = i + 1; j < neighbours.size(); j++) {
                    int b = side(order, graph, neighbours.get(j));
                    if (opposed[a][b] && own != a && own != b && !opposed[own][a] && !opposed[own][b]) {
                        pairs++;
                    }
                }
            }
            scores[v] = pairs;
        }
        return scores;
    }

    private static boolean isConflict(Link link) {
        return link instanceof RelationLink relation && CONFLICT.contains(relation.relation().type());
    }

    private static int side(List<Side> order, ActorGraph graph, int vertex) {
        return order.indexOf(graph.actors().get(vertex).side());
    }
}
