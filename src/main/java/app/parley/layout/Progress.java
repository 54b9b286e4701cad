package app.parley.layout;

/**
 * Turns units of work done into progress reports for a {@link LayoutMonitor}, at most about a hundred of them, and
 * remembers a cancellation once seen.
 */
final class Progress {

    private static final double REPORT_STEP = 0.01;
    /** How much of the work passes between two previews, when the monitor wants them. */
    private static final double PREVIEW_STEP = 0.05;

    private final LayoutMonitor monitor;
    private final double total;
    private double done;
    private double reported;
    private boolean cancelled;
    private Runnable previewer;
    private double previewed;

    /** Progress over {@code total} units of work. */
    Progress(LayoutMonitor monitor, double total) {
        this.monitor = monitor;
        this.total = Math.max(total, 1);
    }

    /** Records {@code work} more units done; returns whether to go on. Nothing is reported once cancelled. */
    boolean advance(double work) {
        done += work;
        if (cancelled()) {
            return false;
        }
        double fraction = Math.min(1, done / total);
        if (fraction - reported >= REPORT_STEP) {
            reported = fraction;
            monitor.progress(fraction);
        }
        if (previewer != null && fraction - previewed >= PREVIEW_STEP) {
            previewed = fraction;
            previewer.run();
        }
        return true;
    }

    /**
     * Calls {@code makePreview} every twentieth of the work, if the monitor wants previews; {@code makePreview} hands
     * the positions reached to {@link #preview}.
     */
    void previewWith(Runnable makePreview) {
        previewer = monitor.wantsPreviews() ? makePreview : null;
    }

    /** Whether previews are being made. */
    boolean previewing() {
        return previewer != null;
    }

    /** Hands positions reached to the monitor, unless the layout was cancelled. */
    void preview(LayoutModel positions) {
        if (!cancelled()) {
            monitor.preview(positions);
        }
    }

    /** The units of work recorded so far. */
    double done() {
        return done;
    }

    /** Records work up to {@code mark} units in all, if less has been recorded; returns whether to go on. */
    boolean advanceTo(double mark) {
        return advance(Math.max(0, mark - done));
    }

    /** Whether the monitor has asked to stop. */
    boolean cancelled() {
        if (!cancelled && monitor.isCancelled()) {
            cancelled = true;
        }
        return cancelled;
    }

    /** Reports completion unless the layout was cancelled. */
    void finish() {
        if (!cancelled()) {
            monitor.progress(1);
        }
    }
}
