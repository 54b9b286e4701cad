package app.parley.ui;

import app.parley.model.Dataset;
import app.parley.session.MapFiles;
import app.parley.session.MapSession;
import app.parley.session.SavePoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Saves the open map off the JavaFX thread, one save after another on a thread of its own: a save is never cancelled
 * by a layout, an export or an open, and the map counts as saved in the state it was in when the save started.
 */
public final class MapSaver {

    private static final Logger LOG = Logger.getLogger(MapSaver.class.getName());

    private final MapSession session;
    private final BackgroundWork work;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-save");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private int running;

    MapSaver(MapSession session, BackgroundWork work) {
        this.session = session;
        this.work = work;
    }

    /** Whether a save is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Saves the map as it is now to {@code file}. */
    public void save(Path file) {
        save(file, saved -> { });
    }

    /**
     * Saves the map as it is now to {@code file}; {@code done} learns on the JavaFX thread whether it was saved. A
     * save that fails leaves the old file as it was and says why on the status line.
     */
    public void save(Path file, Consumer<Boolean> done) {
        Dataset dataset = session.dataset();
        SavePoint point = session.savePoint();
        running++;
        busy.set(true);
        executor.execute(() -> {
            try {
                MapFiles.save(dataset, file);
                Platform.runLater(() -> finished(() -> {
                    session.markSaved(point, file);
                    work.say("Saved " + file + " (" + dataset.summary() + ").");
                    done.accept(true);
                }));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Saving " + file + " failed", e);
                Platform.runLater(() -> finished(() -> {
                    work.say("Could not save " + file.getFileName() + ": " + e.getMessage());
                    done.accept(false);
                }));
            }
        });
    }

    private void finished(Runnable then) {
        running--;
        busy.set(running > 0);
        then.run();
    }

    /** Waits (up to half a minute) for the saves asked for to be written, then lets the saving thread end. */
    public void finish() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warning("A save was still being written when Parley closed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
