package app.parley.cli;

import app.parley.io.synthetic.KnownShape;
import app.parley.io.synthetic.KnownShapes;
import app.parley.io.synthetic.SyntheticDataset;
import app.parley.model.Dataset;
import java.util.List;

/**
 * The test graphs of {@code generate --shape} and {@code bench --quality}, each of about a given number of actors:
 * a random geometric graph (points in the unit square joined within a radius giving about six neighbours each, its
 * largest component kept), a square grid, a triangular mesh, a stochastic block model (communities of 200, eight
 * links inside and one outside per actor on average) and the clustered synthetic coverage (three links per actor).
 */
final class TestGraphs {

    /** The names, in the order the benchmark measures them. */
    static final List<String> NAMES = List.of("rgg", "grid", "mesh", "sbm", "clustered");

    /** Mean neighbours a point of the random geometric graph would have in the open plane. */
    private static final double GEOMETRIC_DEGREE = 5.9;
    private static final int BLOCK = 200;
    private static final double INSIDE_DEGREE = 8;
    private static final double OUTSIDE_DEGREE = 1;
    private static final int LINKS_PER_ACTOR = 3;

    /**
     * A dataset and, when known, the community of each actor (by actor order), or {@code null}.
     *
     * @param dataset   the dataset
     * @param community the planted community of each actor, or {@code null} for the geometric shapes
     */
    record Made(Dataset dataset, int[] community) {
    }

    private TestGraphs() {
    }

    /** The test graph {@code name} of about {@code actors} actors. */
    static Made make(String name, int actors, long seed) {
        if (name.equals("clustered")) {
            SyntheticDataset.Generated generated = SyntheticDataset.planted(
                    SyntheticDataset.Settings.withEdges(actors, LINKS_PER_ACTOR * actors, seed));
            return new Made(generated.dataset(), generated.community());
        }
        KnownShape shape = shape(name, actors, seed);
        return new Made(SyntheticDataset.generate(shape, seed), shape.planted() ? shape.groups() : null);
    }

    /** The known shape {@code name} of about {@code actors} vertices. */
    static KnownShape shape(String name, int actors, long seed) {
        int side = (int) Math.max(2, Math.round(Math.sqrt(actors)));
        return switch (name) {
            case "rgg" -> KnownShapes.randomGeometric(actors, Math.sqrt(GEOMETRIC_DEGREE / (Math.PI * actors)), seed);
            case "grid" -> KnownShapes.grid(side, side);
            case "mesh" -> KnownShapes.triangularMesh(side, side);
            case "sbm" -> {
                int blocks = Math.max(1, actors / BLOCK);
                int size = Math.max(2, actors / blocks);
                int outside = Math.max(1, size * (blocks - 1));
                yield KnownShapes.blockModel(blocks, size, INSIDE_DEGREE / (size - 1), OUTSIDE_DEGREE / outside,
                        seed);
            }
            default -> throw new IllegalArgumentException("Unknown test graph " + name + "; known: " + NAMES);
        };
    }
}
