package app.parley.cli;

import app.parley.io.DatasetReader;
import app.parley.io.DatasetWriter;
import app.parley.io.LoadResult;
import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.ForceLayout;
import app.parley.layout.LayoutModel;
import app.parley.layout.LayoutMonitor;
import app.parley.render.export.ExportFrame;
import app.parley.render.export.ExportMonitor;
import app.parley.render.fx.FrameTimer;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.fx.MotionFrames;
import app.parley.render.fx.PngExporter;
import app.parley.render.paint.CaptionOverlay;
import app.parley.render.paint.Composition;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.paint.LegendOverlay;
import app.parley.render.paint.Overlay;
import app.parley.render.paint.ViewScript;
import app.parley.render.raster.PngOptions;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures one graph size end to end, as a user would meet it: a generated dataset is written to a file, read and
 * checked, prepared, laid out, turned into a scene, panned and zoomed in a window-sized canvas (painted as the window
 * paints it), and exported as a PNG.
 */
final class BenchRun {

    /**
     * How to measure.
     *
     * @param edgesPerActor edges of the graph per actor
     * @param layoutRuns    layout runs the median is taken over
     * @param seed          seed of the dataset and the layout
     * @param width         window width in pixels
     * @param height        window height in pixels
     * @param pngSide       the longest side of the exported PNG, at most
     * @param folder        where the dataset, PNG and DOT files go
     * @param dot           whether to write the graph as DOT for {@code sfdp}
     * @param coldNames     whether the timed moving frames start without the names' pixels the untimed pass kept
     */
    record Plan(int edgesPerActor, int layoutRuns, long seed, int width, int height, int pngSide, Path folder,
                boolean dot, boolean coldNames) {
    }

    private static final Theme THEME = Theme.LIGHT;
    private static final int SETTLED_REPEATS = 3;

    private final Plan plan;
    private final FxTextMeasurer measurer = new FxTextMeasurer();

    BenchRun(Plan plan) {
        this.plan = plan;
    }

    /** Measures a graph of {@code actors} actors. */
    BenchFigures measure(int actors) throws IOException {
        Path file = plan.folder().resolve("synthetic-" + actors + ".json");
        new DatasetWriter().save(SyntheticDataset.generate(
                SyntheticDataset.Settings.withEdges(actors, plan.edgesPerActor() * actors, plan.seed())), file);
        try (HeapPeak heap = HeapPeak.start()) {
            long start = System.nanoTime();
            LoadResult loaded = new DatasetReader().read(file);
            double readMillis = millisSince(start);
            if (!loaded.ok()) {
                throw new IllegalStateException("The generated dataset does not load: "
                        + loaded.errors().get(0).describe());
            }
            start = System.nanoTime();
            PreparedGraph prepared = PreparedGraph.of(loaded.dataset(), THEME, measurer);
            double prepareMillis = millisSince(start);
            double[] layouts = new double[plan.layoutRuns()];
            LayoutModel positions = null;
            for (int run = 0; run < layouts.length; run++) {
                start = System.nanoTime();
                positions = prepared.layOut(new ForceLayout(plan.seed()), LayoutMonitor.NONE);
                layouts[run] = millisSince(start);
            }
            start = System.nanoTime();
            Scene scene = prepared.scene(positions);
            double sceneMillis = millisSince(start);
            GraphDrawing drawing = new GraphDrawing(scene, THEME, ViewState.NONE);
            List<ViewScript.Step> script = ViewScript.panAndZoom(scene.bounds(), plan.width(), plan.height());
            List<Bounds> views = script.stream().map(ViewScript.Step::window).toList();
            FrameTimer timer = new FrameTimer(plan.width(), plan.height(), true);
            List<Overlay> overlays = overlays(prepared);
            timer.time(drawing, THEME.background(), overlays, views, true);
            if (plan.coldNames()) {
                timer.forgetNamePixels();
            }
            FrameTimer.Ahead before = timer.ahead();
            int namesBefore = timer.namesRasterized();
            List<FrameTimer.Frame> movingFrames = timer.time(drawing, THEME.background(), overlays, views, true);
            FrameTimer.Ahead ahead = timer.ahead().since(before);
            int namesRasterized = timer.namesRasterized() - namesBefore;
            double[] moving = totals(movingFrames);
            int paintedInFull = (int) movingFrames.stream()
                    .filter(frame -> frame.kind() == MotionFrames.Kind.KEPT
                            || frame.kind() == MotionFrames.Kind.FULL).count();
            double[] settled = settled(timer, drawing, overlays, script);
            if (plan.dot()) {
                BenchDotFile.write(prepared.graph(), THEME, plan.pngSide(),
                        plan.folder().resolve("graph-" + actors + ".dot"));
            }
            Composition picture = picture(prepared, drawing);
            start = System.nanoTime();
            new PngExporter().export(picture, plan.folder().resolve("parley-" + actors + ".png"),
                    PngOptions.ofDpi(PngOptions.SCREEN_DPI), ExportMonitor.NONE);
            double pngMillis = millisSince(start);
            long peak = heap.bytes();
            long live = heap.liveBytes();
            return new BenchFigures(actors, prepared.layoutGraph().edgeCount(), Files.size(file), readMillis,
                    prepareMillis, median(layouts), layouts.length, sceneMillis, percentile(moving, 0.5),
                    percentile(moving, 0.95), moving.length, paintedInFull, ahead, namesRasterized, settled[0],
                    settled[1], settled[2], pngMillis, picture.width(), picture.height(), peak, live);
        }
    }

    /** The legend strip and caption line the window draws over the graph. */
    private List<Overlay> overlays(PreparedGraph prepared) {
        CaptionOverlay caption = new CaptionOverlay(prepared.citation(), THEME, measurer, 1);
        return List.of(new LegendOverlay(prepared.legend(), THEME, measurer, 1, caption.height()), caption);
    }

    /** The median of a few still frames at the first step of the script at each distance: whole, mid and close. */
    private static double[] settled(FrameTimer timer, GraphDrawing drawing, List<Overlay> overlays,
                                    List<ViewScript.Step> script) {
        double[] settled = new double[ViewScript.Distance.values().length];
        for (ViewScript.Distance distance : ViewScript.Distance.values()) {
            Bounds view = script.stream().filter(step -> step.distance() == distance).findFirst()
                    .map(ViewScript.Step::window).orElse(script.get(0).window());
            List<Bounds> repeated = new ArrayList<>();
            for (int i = 0; i < SETTLED_REPEATS; i++) {
                repeated.add(view);
            }
            settled[distance.ordinal()] = percentile(totals(timer.time(drawing, THEME.background(), overlays,
                    repeated, false)), 0.5);
        }
        return settled;
    }

    /**
     * The whole graph framed as the export command frames it, scaled so its longest side fits the PNG size; without
     * legend and caption, which would shrink with the drawing.
     */
    private Composition picture(PreparedGraph prepared, GraphDrawing drawing) {
        Bounds world = drawing.bounds().inflate(ExportFrame.MARGIN);
        double scale = Math.min(1, plan.pngSide() / Math.max(world.width(), world.height()));
        ExportFrame.Request request = new ExportFrame.Request(ExportFrame.Area.WHOLE_GRAPH, scale,
                THEME.background(), false, false, null, 0, 0);
        return new ExportFrame(THEME, measurer, prepared.legend(), prepared.citation()).compose(drawing, request);
    }

    private static double[] totals(List<FrameTimer.Frame> frames) {
        return frames.stream().mapToDouble(FrameTimer.Frame::totalMillis).toArray();
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    /** The value below which {@code share} of the values lie (nearest rank). */
    static double percentile(double[] values, double share) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(share * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
