package app.parley.render.export;

/**
 * Follows a long export: receives its progress and can ask it to stop. Progress is reported on the exporting thread;
 * {@link #isCancelled()} may be asked from any thread, so answer it from a thread-safe flag.
 */
public interface ExportMonitor {

    /** A monitor that ignores progress and never cancels. */
    ExportMonitor NONE = new ExportMonitor() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** The share of the work done so far, from 0 to 1. */
    void progress(double fraction);

    /** Whether the export should stop as soon as it can, leaving any existing file as it was. */
    boolean isCancelled();
}
