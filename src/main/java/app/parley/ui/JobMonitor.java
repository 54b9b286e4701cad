package app.parley.ui;

import app.parley.layout.LayoutMonitor;
import app.parley.render.export.ExportMonitor;

/** What a background job sees of its task: progress, a status line, and whether it was cancelled. */
public interface JobMonitor extends LayoutMonitor {

    /** Shows a short line saying what the job is doing now. */
    void message(String text);

    /** This monitor as an export sees it: the same progress and the same cancel. */
    default ExportMonitor forExport() {
        JobMonitor job = this;
        return new ExportMonitor() {
            @Override
            public void progress(double fraction) {
                job.progress(fraction);
            }

            @Override
            public boolean isCancelled() {
                return job.isCancelled();
            }
        };
    }
}
