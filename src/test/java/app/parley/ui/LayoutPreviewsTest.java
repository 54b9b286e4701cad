package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.LayoutModel;
import app.parley.render.fx.FxPlatform;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Theme;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

class LayoutPreviewsTest {

    private static final PreparedGraph BIG = PreparedGraph.of(
            SyntheticDataset.generate(SyntheticDataset.Settings.of(LayoutPreviews.MIN_VERTICES, 6000, 3)),
            Theme.LIGHT, new FxTextMeasurer());

    /** A job monitor that wants nothing. */
    private static final JobMonitor QUIET = new JobMonitor() {
        @Override
        public void message(String text) {
        }

        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private record Shown(LayoutModel positions, Scene scene, boolean onFxThread) {
    }

    private static LayoutModel at(double x) {
        LayoutModel model = BIG.emptyLayout();
        for (int v = 0; v < model.size(); v++) {
            model.set(v, x + 200 * (v % 60), 100 * (v / 60));
        }
        return model;
    }

    private static void settle() throws InterruptedException {
        for (int round = 0; round < 3; round++) {
            CountDownLatch idle = new CountDownLatch(1);
            Thread.sleep(300);
            FxPlatform.start();
            Platform.runLater(idle::countDown);
            assertThat(idle.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void theLatestPositionsReachTheViewWithTheirSceneOnTheFxThread() throws InterruptedException {
        LayoutPreviews previews = new LayoutPreviews();
        List<Shown> shown = new CopyOnWriteArrayList<>();
        JobMonitor monitor = previews.watch(QUIET, BIG,
                (positions, scene) -> shown.add(new Shown(positions, scene, Platform.isFxApplicationThread())));
        LayoutModel last = at(5000);

        assertThat(monitor.wantsPreviews()).isTrue();
        monitor.preview(at(0));
        monitor.preview(at(1000));
        monitor.preview(last);
        settle();

        assertThat(shown).isNotEmpty().allMatch(Shown::onFxThread);
        Shown latest = shown.get(shown.size() - 1);
        assertThat(latest.positions()).isSameAs(last);
        assertThat(latest.scene().nodes().get(0).box().centerX()).isEqualTo(5000);
        assertThat(latest.scene().edges()).allMatch(edge -> edge.label() == null);
    }

    @Test
    void nothingIsShownAfterTheRunStops() throws InterruptedException {
        LayoutPreviews previews = new LayoutPreviews();
        List<Shown> shown = new CopyOnWriteArrayList<>();
        JobMonitor monitor = previews.watch(QUIET, BIG, (positions, scene) -> shown.add(new Shown(positions, scene,
                true)));

        previews.stop();
        monitor.preview(at(0));
        settle();

        assertThat(shown).isEmpty();
    }

    @Test
    void smallGraphsAreShownOnlyWhenDone() {
        PreparedGraph small = PreparedGraph.of(SyntheticDataset.generate(SyntheticDataset.Settings.of(50, 100, 1)),
                Theme.LIGHT, new FxTextMeasurer());

        assertThat(new LayoutPreviews().watch(QUIET, small, (positions, scene) -> { })).isSameAs(QUIET);
    }
}
