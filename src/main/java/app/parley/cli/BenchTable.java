package app.parley.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The benchmark's figures as table rows for a terminal and as named fields for JSON. */
final class BenchTable {

    /** The column headings. */
    static final String HEADINGS = String.format(Locale.ROOT,
            "%8s %8s %8s %8s %8s %8s %8s %7s %13s %17s %16s %9s %9s",
            "actors", "edges", "file", "load", "layout", "scene", "frames", "in full", "moving med/95",
            "still whole/mid/close", "PNG", "peak heap", "live heap");

    private BenchTable() {
    }

    /** One size as a row under {@link #HEADINGS}. */
    static String row(BenchFigures f) {
        return String.format(Locale.ROOT, "%,8d %,8d %8s %8s %8s %8s %8d %7d %13s %17s %16s %9s %9s", f.actors(),
                f.edges(), megabytes(f.fileBytes()), time(f.loadMillis()), time(f.layoutMillis()),
                time(f.sceneMillis()), f.frames(), f.framesInFull(),
                String.format(Locale.ROOT, "%.1f/%.1f ms", f.frameMedian(), f.frameP95()),
                String.format(Locale.ROOT, "%.0f/%.0f/%.0f ms", f.settledWhole(), f.settledMid(), f.settledClose()),
                time(f.pngMillis()) + " " + f.pngWidth() + "x" + f.pngHeight(), megabytes(f.peakHeapBytes()),
                megabytes(f.liveHeapBytes())) + System.lineSeparator() + aheadLine(f);
    }

    /** What the thread that paints moving frames ahead did while the timed frames ran. */
    private static String aheadLine(BenchFigures f) {
        return String.format(Locale.ROOT, "%8s frames painted ahead: %d asked, %d drawn from; %.0f ms on their thread;"
                + " %d names rasterized", "", f.ahead().asked(), f.ahead().adopted(), f.ahead().millis(),
                f.namesRasterized());
    }

    /** One size as named fields, times in milliseconds and sizes in bytes. */
    static Map<String, Object> fields(BenchFigures f) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("actors", f.actors());
        fields.put("edges", f.edges());
        fields.put("fileBytes", f.fileBytes());
        fields.put("loadMillis", round(f.loadMillis()));
        fields.put("readMillis", round(f.readMillis()));
        fields.put("prepareMillis", round(f.prepareMillis()));
        fields.put("layoutMillis", round(f.layoutMillis()));
        fields.put("layoutRuns", f.layoutRuns());
        fields.put("sceneMillis", round(f.sceneMillis()));
        fields.put("frames", f.frames());
        fields.put("framesPaintedInFull", f.framesInFull());
        fields.put("framesAskedAhead", f.ahead().asked());
        fields.put("framesDrawnFromAhead", f.ahead().adopted());
        fields.put("framesAheadMillis", round(f.ahead().millis()));
        fields.put("namesRasterized", f.namesRasterized());
        fields.put("movingFrameMedianMillis", round(f.frameMedian()));
        fields.put("movingFrameP95Millis", round(f.frameP95()));
        fields.put("stillFrameWholeMillis", round(f.settledWhole()));
        fields.put("stillFrameMidMillis", round(f.settledMid()));
        fields.put("stillFrameCloseMillis", round(f.settledClose()));
        fields.put("pngMillis", round(f.pngMillis()));
        fields.put("pngWidth", f.pngWidth());
        fields.put("pngHeight", f.pngHeight());
        fields.put("peakHeapBytes", f.peakHeapBytes());
        fields.put("liveHeapBytes", f.liveHeapBytes());
        return fields;
    }

    private static double round(double millis) {
        return Math.round(millis * 10) / 10.0;
    }

    private static String time(double millis) {
        return millis < 1000 ? String.format(Locale.ROOT, "%.0f ms", millis)
                : String.format(Locale.ROOT, "%.2f s", millis / 1000);
    }

    private static String megabytes(long bytes) {
        double megabytes = bytes / (1024.0 * 1024.0);
        return String.format(Locale.ROOT, megabytes < 10 ? "%.1f MB" : "%.0f MB", megabytes);
    }
}
