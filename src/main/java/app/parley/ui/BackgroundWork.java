package app.parley.ui;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs one long job at a time off the JavaFX thread and publishes its progress for the status bar, with a way to
 * cancel it. Results and failures come back on the JavaFX thread.
 */
public final class BackgroundWork {

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "parley-work");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Task<?> current;

    /** Whether a job is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The running job's progress from 0 to 1, or -1 when it cannot tell. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the running job is doing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Starts {@code job}, cancelling any job still running.
     *
     * @param title     shown while it starts
     * @param job       the work
     * @param onSuccess gets the result on the JavaFX thread
     * @param onFailure gets a short sentence for the user on the JavaFX thread (details go to the log)
     */
    public <T> void start(String title, Job<T> job, Consumer<T> onSuccess, Consumer<String> onFailure) {
        cancel();
        java.util.concurrent.atomic.AtomicBoolean entered = new java.util.concurrent.atomic.AtomicBoolean();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws IOException {
                entered.set(true);
                try {
                    return work();
                } finally {
                    if (isCancelled()) {
                        Platform.runLater(() -> endCancelled(this, title));
                    }
                }
            }

            private T work() throws IOException {
                updateMessage(title);
                return job.run(new JobMonitor() {
                    @Override
                    public void progress(double fraction) {
                        updateProgress(Math.max(0, Math.min(1, fraction)), 1);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isTaskCancelled();
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }
                });
            }

            private boolean isTaskCancelled() {
                return isCancelled();
            }
        };
        current = task;
        busy.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        task.setOnSucceeded(e -> {
            finish(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnCancelled(e -> {
            if (!entered.get()) {
                endCancelled(task, title);
            }
        });
        task.setOnFailed(e -> {
            finish(task);
            Throwable error = task.getException();
            LOG.log(Level.WARNING, title + " failed", error);
            String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            onFailure.accept(title + " failed: " + reason);
        });
        executor.execute(task);
    }

    private void finish(Task<?> task) {
        if (current != task) {
            return;
        }
        current = null;
        progress.unbind();
        message.unbind();
        progress.set(-1);
        busy.set(false);
    }

    /** Ends a cancelled job once its work has stopped (and cleaned up after itself), saying so. */
    private void endCancelled(Task<?> task, String title) {
        if (current == task) {
            finish(task);
            say(title + " cancelled.");
        }
    }

    /**
     * Cancels the running job, if any; it stops at its next check and keeps nothing half done. The work stays busy
     * until the job has really stopped, so that nothing it was writing is left behind when busy ends.
     */
    public void cancel() {
        if (current != null) {
            current.cancel(false);
        }
    }

    /** Sets the status line when no job is running. */
    public void say(String text) {
        if (!message.isBound()) {
            message.set(text);
        }
    }
}
