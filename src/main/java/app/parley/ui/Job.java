package app.parley.ui;

import java.io.IOException;

/**
 * Long work run off the JavaFX thread: loading, layout, export.
 *
 * @param <T> what it produces
 */
@FunctionalInterface
public interface Job<T> {

    /** Does the work, reporting to {@code monitor} and stopping early when it is cancelled. */
    T run(JobMonitor monitor) throws IOException;
}
