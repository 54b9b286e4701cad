package app.parley.graph;

import java.util.Arrays;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Brandes' betweenness for an unweighted undirected simple graph of vertex numbers, on plain arrays. It gives the same
 * scores as JGraphT's {@code BetweennessCentrality} (the tests compare them) without that class's per-source hash maps
 * over every vertex, which make it take minutes at 10,000 actors.
 */
final class Brandes {

    private Brandes() {
    }

    /** Raw betweenness per vertex number (pairs counted once), for vertices {@code 0..size-1}; absent ones score 0. */
    static <E> double[] scores(Graph<Integer, E> graph, int size) {
        int[][] neighbours = new int[size][];
        for (int v = 0; v < size; v++) {
            List<Integer> list = graph.containsVertex(v) ? Graphs.neighborListOf(graph, v) : List.of();
            neighbours[v] = list.stream().mapToInt(Integer::intValue).toArray();
        }
        double[] betweenness = new double[size];
        int[] distance = new int[size];
        double[] paths = new double[size];
        double[] dependency = new double[size];
        int[] order = new int[size];
        Arrays.fill(distance, -1);
        for (int source = 0; source < size; source++) {
            if (!graph.containsVertex(source)) {
                continue;
            }
            int visited = 0;
            distance[source] = 0;
            paths[source] = 1;
            order[visited++] = source;
            for (int head = 0; head < visited; head++) {
                int v = order[head];
                for (int w : neighbours[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        order[visited++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            for (int i = visited - 1; i > 0; i--) {
                int w = order[i];
                for (int v : neighbours[w]) {
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                betweenness[w] += dependency[w];
            }
            for (int i = 0; i < visited; i++) {
                int v = order[i];
                distance[v] = -1;
                paths[v] = 0;
                dependency[v] = 0;
            }
        }
        for (int v = 0; v < size; v++) {
            betweenness[v] /= 2;
        }
        return betweenness;
    }
}
