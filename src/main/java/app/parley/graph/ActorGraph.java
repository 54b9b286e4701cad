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
import java.util.HashSet;
import java.util.List;
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
 * halves its memory on a graph of a hundred thousand actors. It is built on first use: drawing and laying out read the
 * numbered actors and links alone, and a command that only draws never builds it.
 *
 * <p>After an edit of the dataset, {@link #edit(Dataset)} makes the edited graph from this one by adding and removing
 * only the vertices and edges that changed; the edited graph takes this one's JGraphT graph over.
 */
public final class ActorGraph {

    private final Dataset dataset;
    private volatile DatasetIndex index;
    /** The JGraphT graph and its read-only view, {@code null} until first asked for; guarded by this. */
    private Graph<Actor, Link> built;
    private Graph<Actor, Link> graph;
    private final List<Actor> actors;
    private final List<Link> links;
    /** The links, behind {@link #links}. */
    private final Link[] linkArray;
    private final VertexNumbers numbers;
    /** Each link's source and target vertex numbers. */
    private final int[] linkFrom;
    private final int[] linkTo;
    /** Whether an edited graph took this one's JGraphT graph over. */
    private boolean handedOn;

    private ActorGraph(Dataset dataset) {
        this.dataset = dataset;
        this.index = new DatasetIndex(dataset);
        actors = List.copyOf(dataset.actors());
        numbers = VertexNumbers.of(actors);
        List<Link> allLinks = new ArrayList<>();
        dataset.roles().stream().filter(r -> r.ofId() != null).map(RoleLink::new).forEach(allLinks::add);
        dataset.relations().stream().map(RelationLink::new).forEach(allLinks::add);
        List<Link> kept = new ArrayList<>();
        List<Integer> keptFrom = new ArrayList<>();
        List<Integer> keptTo = new ArrayList<>();
        for (Link link : allLinks) {
            int from = numbers.get(link.fromId());
            int to = from < 0 ? -1 : numbers.get(link.toId());
            if (to >= 0) {
                kept.add(link);
                keptFrom.add(from);
                keptTo.add(to);
            }
        }
        linkArray = kept.toArray(Link[]::new);
        links = Collections.unmodifiableList(Arrays.asList(linkArray));
        linkFrom = keptFrom.stream().mapToInt(Integer::intValue).toArray();
        linkTo = keptTo.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Builds the JGraphT graph of a graph built whole, as its first user asks for it: each actor whose id comes first
     * as a vertex, each kept link as an edge between the actors its ends are numbered as.
     */
    private void buildJGraphT() {
        built = new AbstractBaseGraph<>(null, null, DefaultGraphType.directedPseudograph(),
                new DefaultGraphSpecificsStrategy<>()) {
        };
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (numbers.get(actor.id()) == i) {
                built.addVertex(actor);
            }
        }
        for (int e = 0; e < linkArray.length; e++) {
            built.addEdge(actors.get(linkFrom[e]), actors.get(linkTo[e]), linkArray[e]);
        }
        graph = new AsUnmodifiableGraph<>(built);
    }

    private ActorGraph(Dataset dataset, ActorGraph before, List<Actor> actors, Link[] links,
                       VertexNumbers numbers, int[] linkFrom, int[] linkTo) {
        this.dataset = dataset;
        synchronized (this) {
            this.built = before.built;
            this.graph = before.graph;
        }
        this.actors = actors;
        this.linkArray = links;
        this.links = Collections.unmodifiableList(Arrays.asList(links));
        this.numbers = numbers;
        this.linkFrom = linkFrom;
        this.linkTo = linkTo;
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

    /** The JGraphT view: read-only, directed, with parallel edges (built on the first call). */
    public synchronized Graph<Actor, Link> graph() {
        if (graph == null) {
            buildJGraphT();
        }
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
        return numbers.get(actorId);
    }

    /** The actor with this identifier. */
    public Optional<Actor> actor(String actorId) {
        int at = numbers.get(actorId);
        return at < 0 ? Optional.empty() : Optional.of(actors.get(at));
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
        int oldRoleLinks = links.size() - dataset.relations().size();
        if (!actorDiff.inOrder() || !roleDiff.inOrder() || !relationDiff.inOrder() || !numbers.unique()
                || oldRoleLinks != (int) dataset.roles().stream().filter(r -> r.ofId() != null).count()) {
            return Optional.empty();
        }
        List<Actor> newActors = List.copyOf(after.actors());
        int[] vertexMap = actorDiff.moved();
        BitSet freshVertices = actorDiff.fresh();
        VertexNumbers newNumbers = numbers.after(vertexMap, newActors, added(vertexMap, newActors.size()));
        if (newNumbers == null) {
            return Optional.empty();
        }
        BitSet watched = new BitSet(vertexMap.length);
        for (int v = 0; v < vertexMap.length; v++) {
            if (vertexMap[v] < 0 || freshVertices.get(vertexMap[v])) {
                watched.set(v);
            }
        }
        int roleLinks = (int) after.roles().stream().filter(r -> r.ofId() != null).count();
        Relinking relinking = new Relinking(roleLinks + after.relations().size(), watched, newNumbers, vertexMap);
        int[] roleOrigins = origins(roleDiff.moved(), after.roles().size());
        int[] roleLinkOf = new int[dataset.roles().size()];
        for (int r = 0, e = 0; r < roleLinkOf.length; r++) {
            roleLinkOf[r] = dataset.roles().get(r).ofId() != null ? e++ : -1;
        }
        for (int r = 0; r < after.roles().size(); r++) {
            Role role = after.roles().get(r);
            if (role.ofId() != null) {
                int old = roleOrigins[r] < 0 ? -1 : roleLinkOf[roleOrigins[r]];
                if (!relinking.carry(old, roleDiff.fresh().get(r), new RoleLink(role))) {
                    return Optional.empty();
                }
            }
        }
        int[] relationOrigins = origins(relationDiff.moved(), after.relations().size());
        BitSet freshRelations = relationDiff.fresh();
        for (int r = 0; r < relationOrigins.length; ) {
            int old = relationOrigins[r];
            int run = 0;
            while (old >= 0 && r + run < relationOrigins.length && relationOrigins[r + run] == old + run
                    && !freshRelations.get(r + run)) {
                run++;
            }
            if (run > 0) {
                if (!relinking.keep(oldRoleLinks + old, run)) {
                    return Optional.empty();
                }
                r += run;
                continue;
            }
            boolean fresh = freshRelations.get(r);
            Link link = old >= 0 && !fresh ? null : new RelationLink(after.relations().get(r));
            if (!relinking.carry(old < 0 ? -1 : oldRoleLinks + old, fresh, link)) {
                return Optional.empty();
            }
            r++;
        }
        int[] linkMap = relinking.linkMap;
        BitSet freshLinks = relinking.freshLinks;
        List<Link> newLinks = Arrays.asList(relinking.links());
        graph();
        for (int e = 0; e < linkMap.length; e++) {
            if (linkMap[e] < 0 || freshLinks.get(linkMap[e])) {
                built.removeEdge(links.get(e));
            }
        }
        for (int v = watched.nextSetBit(0); v >= 0; v = watched.nextSetBit(v + 1)) {
            built.removeVertex(actors.get(v));
        }
        for (int v = freshVertices.nextSetBit(0); v >= 0; v = freshVertices.nextSetBit(v + 1)) {
            built.addVertex(newActors.get(v));
        }
        for (int e = freshLinks.nextSetBit(0); e >= 0; e = freshLinks.nextSetBit(e + 1)) {
            attach(e, newLinks.get(e), newActors, relinking);
        }
        for (int e : relinking.reattached()) {
            attach(e, newLinks.get(e), newActors, relinking);
        }
        handedOn = true;
        ActorGraph edited = new ActorGraph(after, this, newActors, relinking.links(), newNumbers,
                Arrays.copyOf(relinking.from, newLinks.size()), Arrays.copyOf(relinking.to, newLinks.size()));
        return Optional.of(GraphEdit.made(this, edited, vertexMap, linkMap, freshVertices, freshLinks,
                roleHolders(roleDiff, after)));
    }

    /** The vertices of the edited graph no vertex of this graph went to, in increasing order. */
    private static int[] added(int[] vertexMap, int size) {
        BitSet kept = new BitSet(size);
        for (int target : vertexMap) {
            if (target >= 0) {
                kept.set(target);
            }
        }
        int[] added = new int[size - kept.cardinality()];
        for (int v = kept.nextClearBit(0), i = 0; v < size; v = kept.nextClearBit(v + 1)) {
            added[i++] = v;
        }
        return added;
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
     * The edited graph's links as they are made, one at a time, with their ends' vertex numbers: a link kept is
     * followed through this graph's ends and the vertex map, without reading its ids, unless an end of it went or
     * changed.
     */
    private final class Relinking {

        private final BitSet watched;
        private final VertexNumbers newNumbers;
        private final int[] vertexMap;
        final int[] linkMap = new int[links.size()];
        final BitSet freshLinks = new BitSet();
        private Link[] newLinks;
        private int count;
        int[] from;
        int[] to;
        private int[] reattached = new int[4];
        private int reattachedCount;

        Relinking(int capacity, BitSet watched, VertexNumbers newNumbers, int[] vertexMap) {
            this.watched = watched;
            this.newNumbers = newNumbers;
            this.vertexMap = vertexMap;
            this.newLinks = new Link[capacity];
            this.from = new int[capacity];
            this.to = new int[capacity];
            Arrays.fill(linkMap, -1);
        }

        /** Makes room for {@code more} links. */
        private void room(int more) {
            if (count + more > newLinks.length) {
                int size = Math.max(count + more, 2 * newLinks.length + 8);
                newLinks = Arrays.copyOf(newLinks, size);
                from = Arrays.copyOf(from, size);
                to = Arrays.copyOf(to, size);
            }
        }

        /**
         * Appends the earlier links {@code old} to {@code old + run - 1}, unchanged, copied as a block; false when one
         * of them would point at a missing actor.
         */
        boolean keep(int old, int run) {
            room(run);
            System.arraycopy(linkArray, old, newLinks, count, run);
            boolean fine = true;
            for (int i = 0; i < run; i++, count++) {
                int e = old + i;
                linkMap[e] = count;
                if (watched.get(linkFrom[e]) || watched.get(linkTo[e])) {
                    reattach(count);
                    fine &= ends(count, linkArray[e]);
                } else {
                    from[count] = vertexMap[linkFrom[e]];
                    to[count] = vertexMap[linkTo[e]];
                }
            }
            return fine;
        }

        /**
         * Appends the edited graph's next link: the earlier link {@code old} when it is unchanged, else {@code link};
         * false when a link would point at a missing actor.
         */
        boolean carry(int old, boolean fresh, Link link) {
            if (old >= 0 && !fresh) {
                return keep(old, 1);
            }
            room(1);
            int at = count++;
            if (old >= 0) {
                linkMap[old] = at;
            }
            newLinks[at] = link;
            freshLinks.set(at);
            return ends(at, link);
        }

        private void reattach(int at) {
            if (reattachedCount == reattached.length) {
                reattached = Arrays.copyOf(reattached, 2 * reattachedCount);
            }
            reattached[reattachedCount++] = at;
        }

        private boolean ends(int at, Link link) {
            from[at] = newNumbers.get(link.fromId());
            to[at] = newNumbers.get(link.toId());
            return from[at] >= 0 && to[at] >= 0;
        }

        /** The links appended, in order. */
        Link[] links() {
            if (newLinks.length != count) {
                newLinks = Arrays.copyOf(newLinks, count);
            }
            return newLinks;
        }

        int[] reattached() {
            return Arrays.copyOf(reattached, reattachedCount);
        }
    }

    private void attach(int e, Link link, List<Actor> newActors, Relinking relinking) {
        built.addEdge(newActors.get(relinking.from[e]), newActors.get(relinking.to[e]), link);
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
