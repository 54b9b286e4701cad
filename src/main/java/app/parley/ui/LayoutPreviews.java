package app.parley.ui;

import app.parley.layout.LayoutModel;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import javafx.application.Platform;

/**
 * Shows a big graph's layout while it runs: keeps only the latest positions the layout hands over, builds their
 * scene (without edge labels) on a worker thread so the JavaFX thread never waits, and passes it to the view. A new
 * run or {@link #stop()} drops whatever is still on its way.
 */
final class LayoutPreviews {

    /** Graphs smaller than this are laid out in well under a second; they are shown when done. */
    static final int MIN_VERTICES = 3000;

    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-preview");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong run = new AtomicLong();

    /**
     * A monitor for laying out {@code prepared} that reports to {@code monitor} and, for a big graph, hands the
     * positions reached and their scene to {@code show} on the JavaFX thread, latest only, until the run is stopped.
     */
    JobMonitor watch(JobMonitor monitor, PreparedGraph prepared, BiConsumer<LayoutModel, Scene> show) {
        long current = run.incrementAndGet();
        if (prepared.graph().size() < MIN_VERTICES) {
            return monitor;
        }
        AtomicReference<LayoutModel> latest = new AtomicReference<>();
        AtomicBoolean building = new AtomicBoolean();
        return new JobMonitor() {
            @Override
            public void progress(double fraction) {
                monitor.progress(fraction);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }

            @Override
            public void message(String text) {
                monitor.message(text);
            }

            @Override
            public boolean wantsPreviews() {
                return true;
            }

            @Override
            public void preview(LayoutModel positions) {
                latest.set(positions);
                if (building.compareAndSet(false, true)) {
                    builder.execute(() -> build(current, latest, building, prepared, show));
                }
            }
        };
    }

    private void build(long current, AtomicReference<LayoutModel> latest, AtomicBoolean building,
                       PreparedGraph prepared, BiConsumer<LayoutModel, Scene> show) {
        LayoutModel positions;
        while ((positions = latest.getAndSet(null)) != null && run.get() == current) {
            Scene scene = prepared.sketch(positions);
            LayoutModel shown = positions;
            Platform.runLater(() -> {
                if (run.get() == current) {
                    show.accept(shown, scene);
                }
            });
        }
        building.set(false);
        if (latest.get() != null && building.compareAndSet(false, true)) {
            builder.execute(() -> build(current, latest, building, prepared, show));
        }
    }

    /** Drops every preview still on its way; call when the layout's result (or its cancellation) is in. */
    void stop() {
        run.incrementAndGet();
    }
}
