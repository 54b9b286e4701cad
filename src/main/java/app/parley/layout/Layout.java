package app.parley.layout;

/** Places the vertices of a graph; implementations write into the model the caller passes. */
@FunctionalInterface
public interface Layout {

    /**
     * Writes a position for every vertex of {@code graph} into {@code model}, leaving pinned vertices where they are.
     *
     * @param graph   the topology and vertex sizes
     * @param model   positions to start from and to write into; its size equals the graph's vertex count
     * @param monitor progress and cancellation
     */
    void apply(LayoutGraph graph, LayoutModel model, LayoutMonitor monitor);
}
