package app.parley.layout.quality;

import app.parley.layout.LayoutGraph;
import app.parley.layout.SimpleAdjacency;

/**
 * The four quality figures of one drawing of a graph; see {@link NeighbourhoodPreservation}, {@link SampledStress},
 * {@link EdgeLengthSpread} and {@link SampledCrossings} for exact definitions. The same seed gives the same figures.
 *
 * @param neighbourhoodPreservation mean Jaccard index of graph and drawing neighbourhoods, 0 to 1, higher is better
 * @param stress                    normalised stress of the optimally scaled drawing on sampled pairs, lower is better
 * @param edgeLengthSpread          coefficient of variation of edge lengths, lower is better
 * @param crossings                 crossings of sampled edge pairs, lower is better
 */
public record LayoutQuality(double neighbourhoodPreservation, double stress, double edgeLengthSpread,
                            SampledCrossings crossings) {

    /** Sources whose pairs the stress is measured on. */
    public static final int STRESS_SOURCES = 64;
    /** Edge pairs the crossings are counted on. */
    public static final long CROSSING_PAIRS = 2_000_000;

    /** The figures of {@code graph} drawn with vertex {@code v} at {@code (x[v], y[v])}, sampled with {@code seed}. */
    public static LayoutQuality measure(LayoutGraph graph, double[] x, double[] y, long seed) {
        if (x.length != graph.vertexCount() || y.length != graph.vertexCount()) {
            throw new IllegalArgumentException("Every vertex needs a position");
        }
        SimpleAdjacency adjacency = SimpleAdjacency.of(graph);
        return new LayoutQuality(NeighbourhoodPreservation.of(adjacency, x, y),
                SampledStress.of(adjacency, x, y, STRESS_SOURCES, seed),
                EdgeLengthSpread.of(adjacency, x, y),
                SampledCrossings.of(adjacency, x, y, CROSSING_PAIRS, seed));
    }
}
