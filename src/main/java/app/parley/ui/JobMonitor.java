package app.parley.ui;

import app.parley.layout.LayoutMonitor;

/** What a background job sees of its task: progress, a status line, and whether it was cancelled. */
public interface JobMonitor extends LayoutMonitor {

    /** Shows a short line saying what the job is doing now. */
    void message(String text);
}
