package app.parley.graph;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;

/**
 * How the graph of an edited dataset relates to the graph before the edit, so that what is drawn from it can be
 * changed where the edit changed it and kept elsewhere.
 *
 * @param before        the graph before the edit (its JGraphT graph now belongs to {@code after})
 * @param after         the graph of the edited dataset
 * @param vertexMap     for each vertex of {@code before}, its number in {@code after}, or -1 when it went
 * @param linkMap       for each link of {@code before}, its number in {@code after}, or -1 when it went
 * @param freshVertices the vertices of {@code after} whose actor is new or changed
 * @param freshLinks    the links of {@code after} that are new or changed
 * @param roleHolders   the ids of the actors whose roles were added, removed or changed
 */
public record GraphEdit(ActorGraph before, ActorGraph after, int[] vertexMap, int[] linkMap, BitSet freshVertices,
                        BitSet freshLinks, Set<String> roleHolders) {

    /** Copies the arrays and sets. */
    public GraphEdit {
        vertexMap = vertexMap.clone();
        linkMap = linkMap.clone();
        freshVertices = (BitSet) freshVertices.clone();
        freshLinks = (BitSet) freshLinks.clone();
        roleHolders = Set.copyOf(roleHolders);
    }

    /** For each vertex of {@code after}, the vertex of {@code before} it was, or -1 for a new one. */
    public int[] vertexOrigins() {
        return origins(vertexMap, after.size());
    }

    /** For each link of {@code after}, the link of {@code before} it was, or -1 for a new one. */
    public int[] linkOrigins() {
        return origins(linkMap, after.links().size());
    }

    /** The earlier vertex numbers of {@code before} that are not in {@code after}. */
    public BitSet goneVertices() {
        return gone(vertexMap);
    }

    /** The earlier link numbers of {@code before} that are not in {@code after}. */
    public BitSet goneLinks() {
        return gone(linkMap);
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
