package app.parley.graph;

import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.model.DatasetIndex;
import app.parley.model.Span;
import app.parley.model.Relation;
import app.parley.model.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>After an edit of the dataset, {@link #edit(Dataset)} makes the edited graph from this one by adding and removing
 * only the vertices and edges that changed; the edited graph takes this one's JGraphT graph over.
 */
public final class ActorGraph {

    private final Dataset dataset;
    private volatile DatasetIndex index;
    private final Graph<Actor, Link> built;
    private final Graph<Actor, Link> graph;
    private final List<Actor> actors;
    private final List<Link> links;
    private final Map<String, Integer> positions;
    /** Whether an edited graph took this one's JGraphT graph over. */
    private boolean handedOn;

    private ActorGraph(Dataset dataset) {
        this.dataset = dataset;
        this.index = new DatasetIndex(dataset);
        this.positions = new HashMap<>();
        built = new AbstractBaseGraph<>(null, null, DefaultGraphType.directedPseudograph(),
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

    private ActorGraph(Dataset dataset, ActorGraph before, List<Actor> actors, List<Link> links,
                       Map<String, Integer> positions) {
        this.dataset = dataset;
        this.built = before.built;
        this.graph = before.graph;
        this.actors = actors;
        this.links = Collections.unmodifiableList(links);
        this.positions = positions;
    }

    /** Builds the graph of a dataset; links to unknown actors are left out (validation reports them). */
    public static ActorGraph of(Dataset dataset) {
        return new ActorGraph(dataset);
    }

    /** The dataset the graph was built from. */
    public Dataset dataset() {
        return dataset;
    }

    /** Lookups by identifier (made on first use for an edited graph). */
    public DatasetIndex index() {
        DatasetIndex made = index;
        if (made == null) {
            synchronized (this) {
                made = index;
                if (made == null) {
                    made = new DatasetIndex(dataset);
                    index = made;
                }
            }
        }
        return made;
    }

    /** The roles an actor holds, in file order. */
    public List<Role> rolesOf(String actorId) {
        DatasetIndex made = index;
        if (made != null) {
            return made.rolesOf(actorId);
        }
        return dataset.roles().stream().filter(r -> r.holderId().equals(actorId)).toList();
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
        Integer at = positions.get(actorId);
        return at == null ? Optional.empty() : Optional.of(actors.get(at));
    }

    /**
     * The graph of {@code after}, an edit of this graph's dataset, made by changing only what the edit changed; this
     * graph's JGraphT graph then belongs to the edited one (this graph's {@link #graph()} shows the edited graph). Empty
     * when the edit needs the graph built anew (elements reordered, repeated ids, links to missing actors, or this
     * graph already edited); nothing is changed then.
     */
    public synchronized Optional<GraphEdit> edit(Dataset after) {
        if (handedOn) {
            return Optional.empty();
        }
        ListDiff actorDiff = ListDiff.of(dataset.actors(), after.actors(), Actor::id);
        ListDiff roleDiff = ListDiff.of(dataset.roles(), after.roles(), Role::id);
        ListDiff relationDiff = ListDiff.of(dataset.relations(), after.relations(), Relation::id);
        int oldRoleLinks = (int) dataset.roles().stream().filter(r -> r.ofId() != null).count();
        if (!actorDiff.inOrder() || !roleDiff.inOrder() || !relationDiff.inOrder()
                || links.size() != oldRoleLinks + dataset.relations().size()
                || positions.size() != actors.size()) {
            return Optional.empty();
        }
        List<Actor> newActors = List.copyOf(after.actors());
        Map<String, Integer> newPositions = positionsAfter(actorDiff, newActors);
        if (newPositions == null) {
            return Optional.empty();
        }
        Set<Link> watched = Collections.newSetFromMap(new IdentityHashMap<>());
        int[] vertexMap = actorDiff.moved();
        for (int v = 0; v < vertexMap.length; v++) {
            if (vertexMap[v] < 0 || actorDiff.fresh().get(vertexMap[v])) {
                watched.addAll(built.edgesOf(actors.get(v)));
            }
        }
        int[] linkMap = new int[links.size()];
        Arrays.fill(linkMap, -1);
        BitSet freshLinks = new BitSet();
        List<Link> reattached = new ArrayList<>();
        List<Link> newLinks = new ArrayList<>(links.size() + 8);
        int[] roleOrigins = origins(roleDiff.moved(), after.roles().size());
        int[] roleLinkOf = new int[dataset.roles().size()];
        for (int r = 0, e = 0; r < roleLinkOf.length; r++) {
            roleLinkOf[r] = dataset.roles().get(r).ofId() != null ? e++ : -1;
        }
        for (int r = 0; r < after.roles().size(); r++) {
            Role role = after.roles().get(r);
            if (role.ofId() != null) {
                int old = roleOrigins[r] < 0 ? -1 : roleLinkOf[roleOrigins[r]];
                if (!carry(old, roleDiff.fresh().get(r), new RoleLink(role), newLinks, linkMap, freshLinks, watched,
                        reattached, newPositions)) {
                    return Optional.empty();
                }
            }
        }
        int[] relationOrigins = origins(relationDiff.moved(), after.relations().size());
        for (int r = 0; r < after.relations().size(); r++) {
            int old = relationOrigins[r] < 0 ? -1 : oldRoleLinks + relationOrigins[r];
            boolean fresh = relationDiff.fresh().get(r);
            Link link = old >= 0 && !fresh ? null : new RelationLink(after.relations().get(r));
            if (!carry(old, fresh, link, newLinks, linkMap, freshLinks, watched, reattached, newPositions)) {
                return Optional.empty();
            }
        }
        for (int e = 0; e < linkMap.length; e++) {
            if (linkMap[e] < 0 || freshLinks.get(linkMap[e])) {
                built.removeEdge(links.get(e));
            }
        }
        for (int v = 0; v < vertexMap.length; v++) {
            if (vertexMap[v] < 0 || actorDiff.fresh().get(vertexMap[v])) {
                built.removeVertex(actors.get(v));
            }
        }
        BitSet freshVertices = actorDiff.fresh();
        for (int v = freshVertices.nextSetBit(0); v >= 0; v = freshVertices.nextSetBit(v + 1)) {
            built.addVertex(newActors.get(v));
        }
        for (int e = freshLinks.nextSetBit(0); e >= 0; e = freshLinks.nextSetBit(e + 1)) {
            attach(newLinks.get(e), newActors, newPositions);
        }
        for (Link link : reattached) {
            attach(link, newActors, newPositions);
        }
        handedOn = true;
        ActorGraph edited = new ActorGraph(after, this, newActors, newLinks, newPositions);
        return Optional.of(new GraphEdit(this, edited, vertexMap, linkMap, freshVertices, freshLinks,
                roleHolders(roleDiff, after)));
    }

    /** The vertex numbers of the edited graph by actor id, or {@code null} when an id repeats. */
    private Map<String, Integer> positionsAfter(ListDiff actorDiff, List<Actor> newActors) {
        int[] moved = actorDiff.moved();
        boolean stay = newActors.size() >= moved.length;
        for (int v = 0; v < moved.length && stay; v++) {
            stay = moved[v] == v;
        }
        Map<String, Integer> next;
        int from;
        if (stay) {
            next = new HashMap<>(positions);
            from = moved.length;
        } else {
            next = new HashMap<>(newActors.size() * 4 / 3 + 1);
            from = 0;
        }
        for (int v = from; v < newActors.size(); v++) {
            if (next.putIfAbsent(newActors.get(v).id(), v) != null) {
                return null;
            }
        }
        return next;
    }

    /** For each later index, the earlier index its element came from, or -1. */
    private static int[] origins(int[] moved, int size) {
        int[] origins = new int[size];
        Arrays.fill(origins, -1);
        for (int i = 0; i < moved.length; i++) {
            if (moved[i] >= 0) {
                origins[moved[i]] = i;
            }
        }
        return origins;
    }

    /**
     * Appends the edited graph's next link: the earlier link {@code old} when it is unchanged, else {@code link};
     * false when a link would point at a missing actor.
     */
    private boolean carry(int old, boolean fresh, Link link, List<Link> newLinks, int[] linkMap, BitSet freshLinks,
                          Set<Link> watched, List<Link> reattached, Map<String, Integer> newPositions) {
        int at = newLinks.size();
        if (old >= 0) {
            linkMap[old] = at;
        }
        if (old >= 0 && !fresh) {
            Link kept = links.get(old);
            newLinks.add(kept);
            if (!watched.isEmpty() && watched.contains(kept)) {
                reattached.add(kept);
                return newPositions.containsKey(kept.fromId()) && newPositions.containsKey(kept.toId());
            }
            return true;
        }
        newLinks.add(link);
        freshLinks.set(at);
        return newPositions.containsKey(link.fromId()) && newPositions.containsKey(link.toId());
    }

    private void attach(Link link, List<Actor> newActors, Map<String, Integer> newPositions) {
        built.addEdge(newActors.get(newPositions.get(link.fromId())), newActors.get(newPositions.get(link.toId())),
                link);
    }

    /** The ids of the actors whose roles the edit added, removed or changed. */
    private Set<String> roleHolders(ListDiff roleDiff, Dataset after) {
        Set<String> holders = new HashSet<>();
        int[] moved = roleDiff.moved();
        for (int r = 0; r < moved.length; r++) {
            if (moved[r] < 0 || roleDiff.fresh().get(moved[r])) {
                holders.add(dataset.roles().get(r).holderId());
            }
        }
        BitSet fresh = roleDiff.fresh();
        for (int r = fresh.nextSetBit(0); r >= 0; r = fresh.nextSetBit(r + 1)) {
            holders.add(after.roles().get(r).holderId());
        }
        return holders;
    }
}
