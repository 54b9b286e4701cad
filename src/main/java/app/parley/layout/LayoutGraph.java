package app.parley.layout;

import app.parley.graph.ActorGraph;
import app.parley.graph.Link;
import java.util.Arrays;
import java.util.List;

/**
 * The bare topology a layout needs: numbered vertices with box sizes, and edges as pairs of vertex numbers. Arrays
 * keep it small and fast for graphs of a hundred thousand vertices.
 */
public final class LayoutGraph {

    private final int vertexCount;
    private final int[] sources;
    private final int[] targets;
    private final double[] widths;
    private final double[] heights;

    /**
     * A graph of {@code vertexCount} vertices, each a box of the given size, and the edges
     * {@code sources[i] -> targets[i]}.
     */
    public LayoutGraph(int vertexCount, int[] sources, int[] targets, double[] widths, double[] heights) {
        if (vertexCount < 0) {
            throw new IllegalArgumentException("Vertex count must not be negative");
        }
        if (sources.length != targets.length) {
            throw new IllegalArgumentException("Every edge needs a source and a target");
        }
        if (widths.length != vertexCount || heights.length != vertexCount) {
            throw new IllegalArgumentException("Every vertex needs a width and a height");
        }
        for (int e = 0; e < sources.length; e++) {
            if (sources[e] < 0 || sources[e] >= vertexCount || targets[e] < 0 || targets[e] >= vertexCount) {
                throw new IllegalArgumentException("Edge " + e + " refers to a vertex outside 0.." + (vertexCount - 1));
            }
        }
        this.vertexCount = vertexCount;
        this.sources = sources.clone();
        this.targets = targets.clone();
        this.widths = widths.clone();
        this.heights = heights.clone();
    }

    /** A graph whose vertices are all boxes of the same size. */
    public static LayoutGraph uniform(int vertexCount, int[] sources, int[] targets, double width, double height) {
        double[] w = new double[vertexCount];
        double[] h = new double[vertexCount];
        Arrays.fill(w, width);
        Arrays.fill(h, height);
        return new LayoutGraph(vertexCount, sources, targets, w, h);
    }

    /** The topology of an actor graph, with the box size of each vertex as it will be drawn. */
    public static LayoutGraph of(ActorGraph graph, double[] widths, double[] heights) {
        List<Link> links = graph.links();
        int[] from = new int[links.size()];
        int[] to = new int[links.size()];
        for (int e = 0; e < links.size(); e++) {
            from[e] = graph.indexOf(links.get(e).fromId());
            to[e] = graph.indexOf(links.get(e).toId());
        }
        return new LayoutGraph(graph.size(), from, to, widths, heights);
    }

    /** The number of vertices. */
    public int vertexCount() {
        return vertexCount;
    }

    /** The number of edges. */
    public int edgeCount() {
        return sources.length;
    }

    /** The vertex edge {@code e} starts at. */
    public int source(int e) {
        return sources[e];
    }

    /** The vertex edge {@code e} points to. */
    public int target(int e) {
        return targets[e];
    }

    /** The drawn width of vertex {@code v}. */
    public double width(int v) {
        return widths[v];
    }

    /** The drawn height of vertex {@code v}. */
    public double height(int v) {
        return heights[v];
    }
}
