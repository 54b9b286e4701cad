package app.parley.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutPreviewTest {

    /** Records progress reports and previews in the order they come. */
    private static class Watching implements LayoutMonitor {
        final List<String> events = new ArrayList<>();
        final List<LayoutModel> previews = new ArrayList<>();
        final List<Double> fractions = new ArrayList<>();
        double last;

        @Override
        public void progress(double fraction) {
            last = fraction;
            events.add("progress");
        }

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean wantsPreviews() {
            return true;
        }

        @Override
        public void preview(LayoutModel positions) {
            previews.add(positions);
            fractions.add(last);
            events.add("preview");
        }
    }

    private static LayoutGraph twoParts() {
        LayoutGraph big = LayoutBenchmark.randomGraph(3_000, 9);
        int n = big.vertexCount() + 40;
        int[] sources = new int[big.edgeCount() + 39];
        int[] targets = new int[sources.length];
        for (int e = 0; e < big.edgeCount(); e++) {
            sources[e] = big.source(e);
            targets[e] = big.target(e);
        }
        for (int i = 0; i < 39; i++) {
            sources[big.edgeCount() + i] = big.vertexCount() + i;
            targets[big.edgeCount() + i] = big.vertexCount() + i + 1;
        }
        return LayoutGraph.uniform(n, sources, targets, 150, 48);
    }

    @Test
    void previewsComeInOrderWhileTheLayoutRunsAndLeaveTheResultAsItWas() {
        LayoutGraph graph = twoParts();
        ForceLayout layout = new ForceLayout(17, ForceLayout.Options.defaults().withParallelism(2));
        LayoutModel quiet = new LayoutModel(graph.vertexCount());
        layout.apply(graph, quiet, LayoutMonitor.NONE);
        Watching watching = new Watching();
        LayoutModel watched = new LayoutModel(graph.vertexCount());

        layout.apply(graph, watched, watching);

        assertThat(watched.samePositions(quiet)).isTrue();
        assertThat(watching.previews).hasSizeBetween(10, 21);
        assertThat(watching.fractions).isSorted();
        assertThat(watching.events.get(0)).isEqualTo("progress");
        assertThat(watching.events.get(watching.events.size() - 1)).isEqualTo("progress");
        assertThat(watching.previews).allSatisfy(p -> assertThat(p.size()).isEqualTo(graph.vertexCount()));
        assertThat(watching.previews.get(0).samePositions(watching.previews.get(watching.previews.size() - 1)))
                .isFalse();
    }

    @Test
    void previewsKeepPinnedVerticesWhereTheyArePinned() {
        LayoutGraph graph = twoParts();
        Watching watching = new Watching();
        LayoutModel model = new LayoutModel(graph.vertexCount());
        model.set(5, 1234.5, -678.25);
        model.pin(5, true);

        new ForceLayout(3).apply(graph, model, watching);

        assertThat(watching.previews).isNotEmpty().allSatisfy(p -> {
            assertThat(p.x(5)).isEqualTo(1234.5);
            assertThat(p.y(5)).isEqualTo(-678.25);
            assertThat(p.pinned(5)).isTrue();
        });
    }

    @Test
    void noPreviewIsMadeUnlessAskedFor() {
        LayoutGraph graph = twoParts();
        Watching watching = new Watching() {
            @Override
            public boolean wantsPreviews() {
                return false;
            }
        };

        new ForceLayout(3).apply(graph, new LayoutModel(graph.vertexCount()), watching);

        assertThat(watching.previews).isEmpty();
        assertThat(watching.events).isNotEmpty();
    }
}
