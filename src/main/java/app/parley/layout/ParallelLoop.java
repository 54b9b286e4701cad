package app.parley.layout;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.function.Supplier;

/**
 * Runs a loop body over index ranges, on a private fork-join pool when there is more than one thread and enough
 * work. Bodies must write only to slots of their own indices, so results never depend on the scheduling.
 */
final class ParallelLoop implements AutoCloseable {

    /** The work for the indices {@code from} (inclusive) to {@code to} (exclusive). */
    @FunctionalInterface
    interface Body {
        void run(int from, int to);
    }

    private static final int GRAIN = 512;

    private final ForkJoinPool pool;

    /** A loop over {@code parallelism} threads; 1 runs everything on the calling thread. */
    ParallelLoop(int parallelism) {
        pool = parallelism > 1 ? new ForkJoinPool(parallelism) : null;
    }

    /** Runs {@code body} over {@code 0..n-1}, split into ranges. */
    void run(int n, Body body) {
        if (pool == null || n < 2 * GRAIN) {
            body.run(0, n);
        } else {
            pool.invoke(new Range(body, 0, n, GRAIN));
        }
    }

    /**
     * Runs {@code body} once for each of the tasks {@code 0..count-1}, each on one thread (for a few tasks of much
     * work each, such as the stripes of a grid).
     */
    void runEach(int count, Body body) {
        if (pool == null || count < 2) {
            body.run(0, count);
        } else {
            pool.invoke(new Range(body, 0, count, 1));
        }
    }

    /**
     * Begins {@code work} on a thread of the pool, to run beside what the caller does next; the returned supplier
     * waits for its result (and throws what it threw). Without a pool the work is done at once, on the calling thread.
     * The work must not touch what the caller changes meanwhile.
     */
    <T> Supplier<T> begin(Supplier<T> work) {
        if (pool == null) {
            T value = work.get();
            return () -> value;
        }
        ForkJoinTask<T> task = pool.submit(work::get);
        return task::join;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    private static final class Range extends RecursiveAction {

        private final transient Body body;
        private final int from;
        private final int to;
        private final int grain;

        Range(Body body, int from, int to, int grain) {
            this.body = body;
            this.from = from;
            this.to = to;
            this.grain = grain;
        }

        @Override
        protected void compute() {
            if (to - from <= grain) {
                body.run(from, to);
            } else {
                int middle = (from + to) >>> 1;
                invokeAll(new Range(body, from, middle, grain), new Range(body, middle, to, grain));
            }
        }
    }
}
