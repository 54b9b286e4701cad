package app.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.layout.Layouts;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.NameLabel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Names on the map at the default fit of a laptop-sized window, in every layout. */
abstract class ReadableMapTest {

    WorkbenchFixture app;

    abstract double width();

    abstract double height();

    void open(Stage stage) {
        app = new WorkbenchFixture(stage, width(), height());
    }

    /** Applies a layout, waits for its cards to arrive and the view to fit them. */
    List<NameLabel> namesAtFit(Layouts layout) throws Exception {
        app.awaitIdle();
        if (app.model.layoutProperty().get() != layout) {
            long fitsBefore = app.model.fitRequestsProperty().get();
            WaitForAsyncUtils.asyncFx(() -> app.model.applyLayout(layout)).get();
            app.awaitIdle();
            // The cards glide to the new layout and the view fits them once they arrive: wait for that fit.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.model.fitRequestsProperty().get() > fitsBefore
                    && app.window.graphView().isFitted() && !app.window.graphView().nameLabels().isEmpty());
        }
        WaitForAsyncUtils.asyncFx(() -> app.window.graphView().fitToWindow()).get();
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> app.window.graphView().nameLabels()).get();
    }

    void assertReadable(Layouts layout) throws Exception {
        List<NameLabel> names = namesAtFit(layout);
        double least = names.stream().mapToDouble(NameLabel::px).min().orElse(0);
        long twelve = names.stream().filter(n -> n.px() >= 12).count();
        System.out.printf("%.0fx%.0f window, %s: map %.0fx%.0f, %d names, least %.1f px, %d at 12 px or more%n",
                width(), height(), layout.id(), app.window.graphView().getWidth(),
                app.window.graphView().getHeight(), names.size(), least, twelve);
        assertThat(names).hasSize(37);
        assertThat(least).isGreaterThanOrEqualTo(10);
        assertThat(twelve).isGreaterThan(names.size() / 2);
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                Bounds a = names.get(i).box();
                Bounds b = names.get(j).box();
                boolean overlap = a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
                assertThat(overlap).as(names.get(i).lines() + " / " + names.get(j).lines()).isFalse();
            }
        }
        Bounds visible = app.window.graphView().visibleWorld();
        assertThat(names).allSatisfy(n -> assertThat(visible.contains(n.box())).as("on screen: " + n.lines()).isTrue());
    }
}
