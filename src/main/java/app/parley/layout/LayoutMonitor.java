package app.parley.layout;

/** Lets a running layout report progress and learn that it should stop. */
public interface LayoutMonitor {

    /** A monitor that ignores progress and never cancels. */
    LayoutMonitor NONE = new LayoutMonitor() {
        @Override
        public void progress(double fraction) {
            // Nobody is watching.
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports how much of the work is done, from 0 to 1. */
    void progress(double fraction);

    /** Whether the caller wants the layout to stop as soon as it can, keeping the positions it has reached. */
    boolean isCancelled();
}
