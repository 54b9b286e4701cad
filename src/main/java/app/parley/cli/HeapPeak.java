package app.parley.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The most heap in use while it runs, sampled every few milliseconds on a daemon thread: garbage not yet collected
 * counts, as it does for whether a program fits in its heap.
 */
final class HeapPeak implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapPeak() {
        sampler = new Thread(this::sample, "parley-heap-peak");
        sampler.setDaemon(true);
    }

    /** Starts sampling now. */
    static HeapPeak start() {
        HeapPeak peak = new HeapPeak();
        peak.peak = peak.memory.getHeapMemoryUsage().getUsed();
        peak.sampler.start();
        return peak;
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The most heap seen in use so far, in bytes. */
    long bytes() {
        return Math.max(peak, memory.getHeapMemoryUsage().getUsed());
    }

    /** The heap in use after a full collection: what is really kept, in bytes. */
    long liveBytes() {
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
