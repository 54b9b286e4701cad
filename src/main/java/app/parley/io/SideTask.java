package app.parley.io;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work done beside the reading thread, on a thread of its own (a second core checks while the first parses), or at
 * once on the caller's thread for small files, where a thread would cost more than it saves.
 *
 * @param <T> what the work yields
 */
final class SideTask<T> {

    private final FutureTask<T> task;

    private SideTask(Supplier<T> work) {
        this.task = new FutureTask<>(work::get);
    }

    /** Starts {@code work} on a daemon thread named {@code name} when {@code beside}, else does it now. */
    static <T> SideTask<T> start(boolean beside, String name, Supplier<T> work) {
        SideTask<T> side = new SideTask<>(work);
        if (beside) {
            Thread thread = new Thread(side.task, name);
            thread.setDaemon(true);
            thread.start();
        } else {
            side.task.run();
        }
        return side;
    }

    /**
     * What the work yielded, once it has; waits without giving up on an interrupt (the work is short), which is kept
     * for the caller. A failure of the work is thrown here as it was thrown there.
     */
    T join() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
