package app.parley.io.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.graph.Modularity;
import app.parley.io.DatasetReader;
import app.parley.io.DatasetWriter;
import app.parley.io.LoadResult;
import app.parley.model.Dataset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownShapesTest {

    @Test
    void theIssuesRandomGeometricGraphKeepsAboutNineThousandEightHundredVertices() {
        KnownShape rgg = KnownShapes.randomGeometric(10_000, 0.0137, 1);

        assertThat(rgg.vertices()).isBetween(9_600, 9_900);
        assertThat(rgg.edges()).isBetween(28_000, 30_500);
        assertThat(connected(rgg)).isTrue();
    }

    @Test
    void sameSeedGivesTheSameGraphAndAnotherSeedAnother() {
        KnownShape first = KnownShapes.randomGeometric(2_000, 0.03, 5);
        KnownShape again = KnownShapes.randomGeometric(2_000, 0.03, 5);
        KnownShape other = KnownShapes.randomGeometric(2_000, 0.03, 6);
        KnownShape block = KnownShapes.blockModel(4, 50, 0.2, 0.01, 5);

        assertThat(again.from()).isEqualTo(first.from());
        assertThat(again.to()).isEqualTo(first.to());
        assertThat(other.from()).isNotEqualTo(first.from());
        assertThat(KnownShapes.blockModel(4, 50, 0.2, 0.01, 5).to()).isEqualTo(block.to());
    }

    @Test
    void gridsAndMeshesHaveTheirEdgesExactly() {
        KnownShape grid = KnownShapes.grid(4, 3);
        KnownShape mesh = KnownShapes.triangularMesh(4, 3);

        assertThat(grid.vertices()).isEqualTo(12);
        assertThat(grid.edges()).isEqualTo(17);
        assertThat(mesh.edges()).isEqualTo(17 + 6);
        assertThat(distinctPairs(mesh)).isEqualTo(23);
    }

    @Test
    void aBlockModelsPlantedCommunitiesHaveHighModularity() {
        KnownShape sbm = KnownShapes.blockModel(10, 100, 0.08, 0.001, 2);

        double q = Modularity.of(sbm.from(), sbm.to(), sbm.groups());

        assertThat(sbm.planted()).isTrue();
        assertThat(q).isGreaterThan(0.7);
    }

    @Test
    void aShapeBecomesAValidDatasetWhoseRelationsAreItsEdges() {
        KnownShape mesh = KnownShapes.triangularMesh(12, 10);

        Dataset dataset = SyntheticDataset.generate(mesh, 3);
        LoadResult read = new DatasetReader().read(new DatasetWriter().toJson(dataset));

        assertThat(read.problems()).isEmpty();
        assertThat(dataset.actors()).hasSize(120);
        assertThat(dataset.roles()).isEmpty();
        assertThat(dataset.relations()).hasSize(mesh.edges());
        assertThat(dataset.relations().get(0).fromId()).isEqualTo("a" + (mesh.from()[0] + 1));
        assertThat(dataset.relations().get(0).toId()).isEqualTo("a" + (mesh.to()[0] + 1));
    }

    private static int distinctPairs(KnownShape shape) {
        Set<Long> pairs = new HashSet<>();
        for (int e = 0; e < shape.edges(); e++) {
            int a = Math.min(shape.from()[e], shape.to()[e]);
            int b = Math.max(shape.from()[e], shape.to()[e]);
            pairs.add((long) a * shape.vertices() + b);
        }
        return pairs.size();
    }

    private static boolean connected(KnownShape shape) {
        int[] parent = new int[shape.vertices()];
        for (int v = 0; v < parent.length; v++) {
            parent[v] = v;
        }
        int components = parent.length;
        for (int e = 0; e < shape.edges(); e++) {
            int a = root(parent, shape.from()[e]);
            int b = root(parent, shape.to()[e]);
            if (a != b) {
                parent[a] = b;
                components--;
            }
        }
        return components == 1;
    }

    private static int root(int[] parent, int v) {
        while (parent[v] != v) {
            v = parent[v];
        }
        return v;
    }
}
