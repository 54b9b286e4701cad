package app.parley.graph;

import app.parley.model.Actor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who holds a central place in the map: rankings of actors by degree (how many links touch them), betweenness (how
 * many shortest connections between other actors run through them) or brokerage (how many pairs of opposed actors
 * they have working ties to as a third party: mediators and hosts).
 */
public final class Centrality {

    /** Scores are compared rounded to this many parts, so sums taken in a different order still tie. */
    private static final double PRECISION = 1e9;

    /** The measures offered. */
    public enum Measure {
        /** Links touching the actor, either direction, parallel links counted. */
        DEGREE("degree", "Degree", true,
                "how many links touch each actor, in either direction, parallel links counted."),
        /** Share of the shortest connections between pairs of other actors that pass through the actor. */
        BETWEENNESS("betweenness", "Betweenness", false,
                "the share of shortest connections between other actors that run through each actor (links read "
                        + "either way, parallel links merged; 1 = everything runs through it)."),
        /** Pairs of actors on two opposed sides that the actor, standing apart from both, has working ties to. */
        BROKERAGE("brokerage", "Brokerage", true,
                "how many pairs of actors on two opposed sides (a criticism or conflict link joins the sides) each "
                        + "actor has working ties to (any other link), counted only for an actor whose own side "
                        + "opposes neither: the third parties in the middle, such as mediators and hosts.");

        private final String id;
        private final String title;
        private final boolean whole;
        private final String description;

        Measure(String id, String title, boolean whole, String description) {
            this.id = id;
            this.title = title;
            this.whole = whole;
            this.description = description;
        }

        /** The name used on the command line and in JSON. */
        public String id() {
            return id;
        }

        /** The name shown to people ("Degree"). */
        public String title() {
            return title;
        }

        /** Whether scores are whole numbers (counts) rather than shares. */
        public boolean whole() {
            return whole;
        }

        /** What the score means, in one sentence starting in lower case and ending with a full stop. */
        public String description() {
            return description;
        }

        /** The measure with this name. */
        public static Optional<Measure> byId(String id) {
            return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
        }
    }

    /**
     * One actor's place in a ranking.
     *
     * @param actor the actor
     * @param score the measured value
     * @param rank  1 for the highest score; equal scores share a rank and the next rank skips ("1, 2, 2, 4")
     */
    public record Score(Actor actor, double score, int rank) {
    }

    private Centrality() {
    }

    /** Every actor ranked by {@code measure}, highest first, equal scores in order of name. */
    public static List<Score> rank(ActorGraph graph, Measure measure) {
        return switch (measure) {
            case DEGREE -> degree(graph);
            case BETWEENNESS -> betweenness(graph);
            case BROKERAGE -> brokerage(graph);
        };
    }

    /** Actors by the number of links that touch them, in either direction, parallel links each counted. */
    public static List<Score> degree(ActorGraph graph) {
        double[] scores = new double[graph.size()];
        for (Link link : graph.links()) {
            int from = graph.indexOf(link.fromId());
            int to = graph.indexOf(link.toId());
            scores[from]++;
            if (to != from) {
                scores[to]++;
            }
        }
        return ranked(graph, scores);
    }

    /**
     * Actors by normalised betweenness on the undirected graph with parallel links merged (Brandes' algorithm): the
     * sum over pairs of other actors of the share of their shortest paths that pass through the actor, divided by
     * the number of such pairs, so 1 is the centre of a star and 0 an actor nobody passes through.
     */
    public static List<Score> betweenness(ActorGraph graph) {
        Ties ties = Ties.of(graph);
        double[] scores = Brandes.scores(ties.graph(), graph.size());
        int n = ties.graph().vertexSet().size();
        double pairs = (n - 1) * (n - 2) / 2.0;
        for (int v = 0; v < scores.length; v++) {
            scores[v] = pairs > 0 ? scores[v] / pairs : 0;
        }
        return ranked(graph, scores);
    }

    /**
     * Actors by third-party brokerage between opposed sides: the pairs of actors on two sides set against each other
     * by a criticism or conflict link that the actor has working ties to, while its own side opposes neither (see
     * {@link Measure#BROKERAGE}).
     */
    public static List<Score> brokerage(ActorGraph graph) {
        return ranked(graph, Brokerage.scores(graph));
    }

    private static List<Score> ranked(ActorGraph graph, double[] scores) {
        double[] rounded = Arrays.stream(scores).map(s -> Math.round(s * PRECISION) / PRECISION).toArray();
        String[] folded = graph.actors().stream().map(a -> TextFolding.fold(a.name())).toArray(String[]::new);
        List<Integer> vertices = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            if (graph.indexOf(graph.actors().get(i).id()) == i) {
                vertices.add(i);
            }
        }
        Comparator<Integer> byScore = (a, b) -> Double.compare(rounded[b], rounded[a]);
        vertices.sort(byScore.thenComparing(v -> folded[v])
                .thenComparing(v -> graph.actors().get(v).name()).thenComparing(v -> graph.actors().get(v).id()));
        List<Score> ranking = new ArrayList<>();
        int rank = 0;
        for (int position = 0; position < vertices.size(); position++) {
            int vertex = vertices.get(position);
            if (position == 0 || rounded[vertex] != rounded[vertices.get(position - 1)]) {
                rank = position + 1;
            }
            ranking.add(new Score(graph.actors().get(vertex), scores[vertex], rank));
        }
        return List.copyOf(ranking);
    }
}
