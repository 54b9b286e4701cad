package app.parley.graph;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;

/**
 * How the graph of an edited dataset relates to the graph before the edit, so that what is drawn from it can be
 * changed where the edit changed it and kept elsewhere. The arrays and sets are the edit's own: read them, do not
 * change them.
 */
public final class GraphEdit {

    private final ActorGraph before;
    private final ActorGraph after;
    private final int[] vertexMap;
    private final int[] linkMap;
    private final int[] vertexOrigins;
    private final int[] linkOrigins;
    private final BitSet freshVertices;
    private final BitSet freshLinks;
    private final BitSet goneVertices;
    private final BitSet goneLinks;
    private final Set<String> roleHolders;

    /**
     * An edit that takes the arrays and sets over (whoever made them keeps no hold on them).
     *
     * @param vertexMap     for each vertex of {@code before}, its number in {@code after}, or -1 when it went
     * @param linkMap       for each link of {@code before}, its number in {@code after}, or -1 when it went
     * @param freshVertices the vertices of {@code after} whose actor is new or changed
     * @param freshLinks    the links of {@code after} that are new or changed
     * @param roleHolders   the ids of the actors whose roles were added, removed or changed
     * @param before        the graph before the edit (its JGraphT graph now belongs to {@code after})
     * @param after         the graph of the edited dataset
     */
    private GraphEdit(int[] vertexMap, int[] linkMap, BitSet freshVertices, BitSet freshLinks, Set<String> roleHolders,
                      ActorGraph before, ActorGraph after) {
        this.before = before;
        this.after = after;
        this.vertexMap = vertexMap;
        this.linkMap = linkMap;
        this.freshVertices = freshVertices;
        this.freshLinks = freshLinks;
        this.roleHolders = roleHolders;
        this.vertexOrigins = origins(vertexMap, after.size());
        this.linkOrigins = origins(linkMap, after.links().size());
        this.goneVertices = gone(vertexMap);
        this.goneLinks = gone(linkMap);
    }

    /** An edit made by {@link ActorGraph#edit}, which hands its arrays and sets over. */
    static GraphEdit made(ActorGraph before, ActorGraph after, int[] vertexMap, int[] linkMap, BitSet freshVertices,
                          BitSet freshLinks, Set<String> roleHolders) {
        return new GraphEdit(vertexMap, linkMap, freshVertices, freshLinks, Set.copyOf(roleHolders), before, after);
    }

    /** The edit that leaves {@code graph} as it is: every vertex and link keeps its number, nothing is new. */
    public static GraphEdit unchanged(ActorGraph graph) {
        int[] vertices = new int[graph.size()];
        Arrays.setAll(vertices, v -> v);
        int[] links = new int[graph.links().size()];
        Arrays.setAll(links, e -> e);
        return new GraphEdit(vertices, links, new BitSet(), new BitSet(), Set.of(), graph, graph);
    }

    /** The graph before the edit. */
    public ActorGraph before() {
        return before;
    }

    /** The graph of the edited dataset. */
    public ActorGraph after() {
        return after;
    }

    /** For each vertex of {@link #before()}, its number in {@link #after()}, or -1 when it went. */
    public int[] vertexMap() {
        return vertexMap;
    }

    /** For each link of {@link #before()}, its number in {@link #after()}, or -1 when it went. */
    public int[] linkMap() {
        return linkMap;
    }

    /** The vertices of {@link #after()} whose actor is new or changed. */
    public BitSet freshVertices() {
        return freshVertices;
    }

    /** The links of {@link #after()} that are new or changed. */
    public BitSet freshLinks() {
        return freshLinks;
    }

    /** The ids of the actors whose roles were added, removed or changed. */
    public Set<String> roleHolders() {
        return roleHolders;
    }

    /** For each vertex of {@link #after()}, the vertex of {@link #before()} it was, or -1 for a new one. */
    public int[] vertexOrigins() {
        return vertexOrigins;
    }

    /** For each link of {@link #after()}, the link of {@link #before()} it was, or -1 for a new one. */
    public int[] linkOrigins() {
        return linkOrigins;
    }

    /** The vertices of {@link #before()} that are not in {@link #after()}. */
    public BitSet goneVertices() {
        return goneVertices;
    }

    /** The links of {@link #before()} that are not in {@link #after()}. */
    public BitSet goneLinks() {
        return goneLinks;
    }

    private static int[] origins(int[] map, int size) {
        int[] origins = new int[size];
        Arrays.fill(origins, -1);
        for (int i = 0; i < map.length; i++) {
            if (map[i] >= 0) {
                origins[map[i]] = i;
            }
        }
        return origins;
    }

    private static BitSet gone(int[] map) {
        BitSet gone = new BitSet(map.length);
        for (int i = 0; i < map.length; i++) {
            if (map[i] < 0) {
                gone.set(i);
            }
        }
        return gone;
    }
}
