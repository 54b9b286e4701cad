package app.parley.cli;

import app.parley.render.fx.FrameTimer;

/**
 * What the benchmark measured for one graph size. Times are in milliseconds, sizes in bytes.
 *
 * @param actors          vertices
 * @param edges           edges (roles and relations)
 * @param fileBytes       the size of the dataset file
 * @param readMillis      reading and checking the file
 * @param prepareMillis   building the graph and measuring every card
 * @param layoutMillis    the force layout, median over the runs
 * @param layoutRuns      how many layout runs the median is taken over
 * @param sceneMillis     building the scene (curves, label places, indexes)
 * @param frameMedian     median frame of the scripted pan and zoom, the view moving
 * @param frameP95        95th percentile of those frames
 * @param frames          how many frames the script has
 * @param framesInFull    how many of them were painted in full rather than drawn from the last full frame
 * @param ahead           what the thread that paints moving frames ahead did during them
 * @param namesRasterized how many names those frames rasterized to draw them from pixels
 * @param settledWhole    a still frame of the whole graph
 * @param settledMid      a still frame halfway in
 * @param settledClose    a still frame at full size
 * @param pngMillis       writing a PNG of the whole graph
 * @param pngWidth        its width in pixels
 * @param pngHeight       its height in pixels
 * @param peakHeapBytes   the most heap in use from reading to export (sampled)
 * @param liveHeapBytes   the heap in use after a full collection, with the graph, layout and scene loaded
 */
record BenchFigures(int actors, int edges, long fileBytes, double readMillis, double prepareMillis,
                    double layoutMillis, int layoutRuns, double sceneMillis, double frameMedian, double frameP95,
                    int frames, int framesInFull, FrameTimer.Ahead ahead, int namesRasterized, double settledWhole,
                    double settledMid, double settledClose, double pngMillis,
                    int pngWidth, int pngHeight, long peakHeapBytes, long liveHeapBytes) {

    /** Reading and preparing together: from file to a graph ready to lay out. */
    double loadMillis() {
        return readMillis + prepareMillis;
    }
}
