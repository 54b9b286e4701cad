package app.parley.graph;

import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.model.DatasetIndex;
import app.parley.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The actors of a dataset as vertices and its roles and relations as typed, directed edges (several allowed between
 * the same pair). Vertices are numbered in dataset order; layouts and scenes index their arrays the same way. The
 * JGraphT graph keeps no index of vertex pairs (edges between two actors are found through either one's edges), which
 * halves its memory on a graph of a hundred thousand actors.
 */
public final class ActorGraph {

    private final Dataset dataset;
    private final DatasetIndex index;
    private final Graph<Actor, Link> graph;
    private final List<Actor> actors;
    private final List<Link> links;
    private final Map<String, Integer> positions = new HashMap<>();

    private ActorGraph(Dataset dataset) {
        this.dataset = dataset;
        this.index = new DatasetIndex(dataset);
        Graph<Actor, Link> built = new AbstractBaseGraph<>(null, null, DefaultGraphType.directedPseudograph(),
                new DefaultGraphSpecificsStrategy<>()) {
        };
        actors = List.copyOf(dataset.actors());
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (positions.putIfAbsent(actor.id(), i) == null) {
                built.addVertex(actor);
            }
        }
        List<Link> allLinks = new ArrayList<>();
        dataset.roles().stream().filter(r -> r.ofId() != null).map(RoleLink::new).forEach(allLinks::add);
        dataset.relations().stream().map(RelationLink::new).forEach(allLinks::add);
        List<Link> kept = new ArrayList<>();
        for (Link link : allLinks) {
            Optional<Actor> from = index.actor(link.fromId());
            Optional<Actor> to = index.actor(link.toId());
            if (from.isPresent() && to.isPresent()) {
                built.addEdge(from.get(), to.get(), link);
                kept.add(link);
            }
        }
        links = Collections.unmodifiableList(kept);
        graph = new AsUnmodifiableGraph<>(built);
    }

    /** Builds the graph of a dataset; links to unknown actors are left out (validation reports them). */
    public static ActorGraph of(Dataset dataset) {
        return new ActorGraph(dataset);
    }

    /** The dataset the graph was built from. */
    public Dataset dataset() {
        return dataset;
    }

    /** Lookups by identifier. */
    public DatasetIndex index() {
        return index;
    }

    /** The JGraphT view: read-only, directed, with parallel edges. */
    public Graph<Actor, Link> graph() {
        return graph;
    }

    /** The actors in vertex order. */
    public List<Actor> actors() {
        return actors;
    }

    /** The number of vertices. */
    public int size() {
        return actors.size();
    }

    /** The edges: roles first, then relations, in dataset order. */
    public List<Link> links() {
        return links;
    }

    /** The whole sentence of its source around {@code span}, or an empty string when the source does not hold it. */
    public String sentenceOf(Span span) {
        return index().source(span.sourceId()).filter(s -> s.contains(span))
                .map(s -> s.excerpt(s.sentenceAround(span))).orElse("");
    }

    /** The vertex number of an actor, or -1 if it is not in the graph. */
    public int indexOf(String actorId) {
        return positions.getOrDefault(actorId, -1);
    }

    /** The actor with this identifier. */
    public Optional<Actor> actor(String actorId) {
        return index.actor(actorId);
    }
}
