package app.parley.session;

/** Told about every change of a {@link MapSession}, on the thread that made it. */
@FunctionalInterface
public interface SessionListener {

    /** Called after the session changed. */
    void sessionChanged(SessionEvent event);
}
