package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.synthetic.KnownShape;
import app.parley.io.synthetic.KnownShapes;
import app.parley.layout.quality.LayoutQuality;
import org.junit.jupiter.api.Test;

class ForceLayoutQualityTest {

    private static LayoutGraph graph(KnownShape shape) {
        return LayoutGraph.uniform(shape.vertices(), shape.from(), shape.to(), 120, 30);
    }

    private static LayoutModel layOut(KnownShape shape) {
        LayoutModel model = new LayoutModel(shape.vertices());
        new ForceLayout(3).apply(graph(shape), model, LayoutMonitor.NONE);
        return model;
    }

    private static LayoutQuality quality(KnownShape shape) {
        LayoutModel model = layOut(shape);
        double[] x = new double[shape.vertices()];
        double[] y = new double[shape.vertices()];
        for (int v = 0; v < x.length; v++) {
            x[v] = model.x(v);
            y[v] = model.y(v);
        }
        return LayoutQuality.measure(graph(shape), x, y, 1);
    }

    /** The force layout of 2017 kept 0.49 of the grid's neighbourhoods and 0.58 of the geometric graph's. */
    @Test
    void aGridComesOutAsAGrid() {
        LayoutQuality grid = quality(KnownShapes.grid(30, 30));

        assertThat(grid.neighbourhoodPreservation()).isGreaterThan(0.9);
        assertThat(grid.stress()).isLessThan(0.02);
    }

    @Test
    void aRandomGeometricGraphGetsItsPlaneBack() {
        LayoutQuality rgg = quality(KnownShapes.randomGeometric(1_500, 0.037, 2));

        assertThat(rgg.neighbourhoodPreservation()).isGreaterThan(0.7);
    }

    @Test
    void aLongGraphGetsTheSamePositionsOnOneThreadAsOnTwoAndFromTheSameSeed() {
        KnownShape mesh = KnownShapes.triangularMesh(40, 25);
        LayoutModel single = new LayoutModel(mesh.vertices());
        LayoutModel parallel = new LayoutModel(mesh.vertices());
        LayoutModel again = new LayoutModel(mesh.vertices());

        new ForceLayout(9, ForceLayout.Options.defaults().withParallelism(1)).apply(graph(mesh), single,
                LayoutMonitor.NONE);
        new ForceLayout(9, ForceLayout.Options.defaults().withParallelism(2)).apply(graph(mesh), parallel,
                LayoutMonitor.NONE);
        new ForceLayout(9, ForceLayout.Options.defaults().withParallelism(2)).apply(graph(mesh), again,
                LayoutMonitor.NONE);

        assertThat(parallel.samePositions(single)).isTrue();
        assertThat(again.samePositions(parallel)).isTrue();
    }

    @Test
    void aBlockModelsCommunitiesAreDrawnApart() {
        KnownShape sbm = KnownShapes.blockModel(6, 100, 0.1, 0.002, 2);
        LayoutModel model = layOut(sbm);
        int[] block = sbm.groups();
        double same = 0;
        double all = 0;
        long samePairs = 0;
        long pairs = 0;
        for (int a = 0; a < sbm.vertices(); a++) {
            for (int b = a + 1; b < sbm.vertices(); b++) {
                double d = Math.hypot(model.x(a) - model.x(b), model.y(a) - model.y(b));
                all += d;
                pairs++;
                if (block[a] == block[b]) {
                    same += d;
                    samePairs++;
                }
            }
        }

        assertThat(same / samePairs).isLessThan(0.5 * all / pairs);
    }
}
