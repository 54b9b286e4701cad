package app.parley.render.fx;

import app.parley.io.DatasetReader;
import app.parley.layout.LayoutMonitor;
import app.parley.layout.Layouts;
import app.parley.render.export.ExportFormat;
import app.parley.render.export.ExportFrame;
import app.parley.render.export.ExportMonitor;
import app.parley.render.export.ExportSize;
import app.parley.render.raster.PngOptions;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Scene;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Exports the Istanbul map as a poster of the given pixel size and prints how it went ({@code tiles=},
 * {@code millis=}, {@code peakHeapMb=}, {@code maxHeapMb=}), for {@link PosterExportTest} to run in a JVM with a
 * restricted heap: {@code PosterExport OUT.png WIDTH HEIGHT}.
 */
public final class PosterExport {

    private PosterExport() {
    }

    /** Exports and prints the figures; exits with 0 on success. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        FxPlatform.start();
        FxTextMeasurer measurer = new FxTextMeasurer();
        PreparedGraph istanbul = PreparedGraph.of(DatasetReader.istanbul(), Theme.LIGHT, measurer);
        Scene scene = istanbul.scene(istanbul.layOut(Layouts.TABLE.create(istanbul.graph(), 20250516L),
                LayoutMonitor.NONE));
        ExportFrame.Request request = new ExportFrame.Request(ExportFrame.Area.WHOLE_GRAPH,
                ExportSize.pixels(width, height).withDpi(300), Rgba.WHITE, true, true, "Poster", true, null, 0, 0);
        ExportFrame.Figure figure = ExportFrame.of(istanbul, measurer).figure(istanbul.graph(), scene,
                ViewState.NONE, request);
        PngExporter exporter = new PngExporter();
        long start = System.nanoTime();
        PngExporter.checkSize(figure.composition());
        exporter.export(figure.composition(), out, PngOptions.ofDpi(figure.dpi()).withText("Title", "Poster"),
                ExportMonitor.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("format=" + ExportFormat.PNG.id());
        System.out.println("tiles=" + exporter.tilesRendered());
        System.out.println("millis=" + millis);
        System.out.println("peakHeapMb=" + peak / (1 << 20));
        System.out.println("maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1 << 20));
        System.exit(0);
    }
}
