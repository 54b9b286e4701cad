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

    /**
     * Whether the caller wants to see the positions reached while the layout runs ({@link #preview}); each preview
     * costs a copy of the positions, so by default none are made.
     */
    default boolean wantsPreviews() {
        return false;
    }

    /**
     * Receives the positions a layout has reached so far, now and then while it runs, on the layout's thread and in
     * the order reached; the model is a copy the receiver may keep. Only called when {@link #wantsPreviews()}; layouts
     * that cannot show their work never call it. Previews never change the final positions.
     */
    default void preview(LayoutModel positions) {
        // Nobody asked for previews.
    }
}
