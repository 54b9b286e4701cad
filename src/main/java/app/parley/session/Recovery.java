package app.parley.session;

import app.parley.io.AtomicFiles;
import app.parley.io.DatasetReader;
import app.parley.io.DatasetWriter;
import app.parley.io.LoadResult;
import app.parley.model.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a recovery copy of unsaved work: a moment after each change to a map with unsaved changes, the map is written
 * to {@code recovery/map.json} in the data folder (off the caller's thread; a burst of changes is written once). A
 * save, or opening a map without unsaved changes, deletes it; so after a crash it is still there for the next start
 * to offer.
 */
public final class Recovery implements SessionListener, AutoCloseable {

    /** How long after the last change the copy is written. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(Recovery.class.getName());

    private final Path copy;
    private final Path origin;
    private final Duration delay;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-recovery");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;

    /**
     * What a recovery copy holds.
     *
     * @param dataset the unsaved map
     * @param file    the file it belonged to, or {@code null} for a map never saved
     */
    public record Recovered(Dataset dataset, Path file) {
    }

    /** Recovery copies kept in {@code dataFolder}/recovery, written {@code delay} after the last change. */
    public Recovery(Path dataFolder, Duration delay) {
        Path folder = dataFolder.resolve("recovery");
        this.copy = folder.resolve("map.json");
        this.origin = folder.resolve("origin.txt");
        this.delay = delay;
    }

    /** The recovery copy's map file. */
    public Path copyFile() {
        return copy;
    }

    /** The unsaved work a previous run left, if any (a copy that cannot be read is logged and left out). */
    public Optional<Recovered> find() {
        if (!Files.isRegularFile(copy)) {
            return Optional.empty();
        }
        LoadResult result = new DatasetReader().read(copy);
        if (!result.ok()) {
            LOG.warning(() -> "The recovery copy " + copy + " cannot be read: " + result.errors().get(0).describe());
            return Optional.empty();
        }
        Path file = null;
        try {
            String line = Files.isRegularFile(origin) ? Files.readString(origin, StandardCharsets.UTF_8).strip() : "";
            file = line.isEmpty() ? null : Path.of(line);
        } catch (IOException | InvalidPathException e) {
            LOG.log(Level.WARNING, "Cannot read where the recovered map came from", e);
        }
        return Optional.of(new Recovered(result.dataset(), file));
    }

    @Override
    public synchronized void sessionChanged(SessionEvent event) {
        if (writer.isShutdown()) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (!event.dirty()) {
            writer.execute(this::delete);
        } else if (event.changedContent() || event.kind() == SessionEvent.Kind.SAVED) {
            Dataset dataset = event.dataset();
            Path file = event.file();
            pending = writer.schedule(() -> write(dataset, file), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Deletes the recovery copy now (the user chose not to keep the unsaved work, or quit cleanly). */
    public synchronized void discard() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        try {
            writer.submit(this::delete).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "Cannot delete the recovery copy", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the writing thread; a copy not yet written is not written. */
    @Override
    public synchronized void close() {
        writer.shutdownNow();
    }

    private void write(Dataset dataset, Path file) {
        try {
            AtomicFiles.replace(origin, out -> out.write((file == null ? "" : file.toAbsolutePath().toString())
                    .getBytes(StandardCharsets.UTF_8)));
            new DatasetWriter().save(dataset, copy);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot write the recovery copy " + copy, e);
        }
    }

    private void delete() {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(origin);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the recovery copy " + copy, e);
        }
    }
}
