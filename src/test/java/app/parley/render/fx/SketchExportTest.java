package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.synthetic.KnownShapes;
import app.parley.io.synthetic.SyntheticDataset;
import app.parley.layout.ForceLayout;
import app.parley.layout.LayoutMonitor;
import app.parley.render.export.ExportMonitor;
import app.parley.render.paint.Composition;
import app.parley.render.paint.GraphDrawing;
import app.parley.render.raster.PngOptions;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A big graph exported small is sketched as pixels; tiles must join without a visible seam. */
class SketchExportTest {

    @TempDir
    Path folder;

    private BufferedImage export(PngExporter exporter, Composition composition, String name) throws IOException {
        Path file = folder.resolve(name);
        exporter.export(composition, file, PngOptions.ofDpi(PngOptions.SCREEN_DPI), ExportMonitor.NONE);
        return ImageIO.read(file.toFile());
    }

    @Test
    void aSketchedGraphExportedInTilesMatchesOneExportedWhole() throws IOException {
        PreparedGraph prepared = PreparedGraph.of(
                SyntheticDataset.generate(KnownShapes.triangularMesh(40, 38), 6), Theme.LIGHT,
                new FxTextMeasurer());
        GraphDrawing drawing = new GraphDrawing(prepared.scene(prepared.layOut(new ForceLayout(1),
                LayoutMonitor.NONE)), Theme.LIGHT, ViewState.NONE);
        Composition composition = new Composition(500, 333, Rgba.WHITE, drawing, drawing.bounds(), List.of());
        assertThat(drawing.sketches(composition.scale())).isTrue();

        BufferedImage whole = export(new PngExporter(), composition, "whole.png");
        BufferedImage tiled = export(new PngExporter(64), composition, "tiled.png");

        int differing = 0;
        int largest = 0;
        int inked = 0;
        for (int y = 0; y < whole.getHeight(); y++) {
            for (int x = 0; x < whole.getWidth(); x++) {
                int a = whole.getRGB(x, y);
                int b = tiled.getRGB(x, y);
                differing += a == b ? 0 : 1;
                inked += a == 0xFFFFFFFF ? 0 : 1;
                for (int shift = 0; shift < 32; shift += 8) {
                    largest = Math.max(largest, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
                }
            }
        }
        assertThat(inked).isGreaterThan(20_000);
        assertThat(differing).as("pixels differing by the rounding of a line cut at a tile edge").isLessThan(10);
        assertThat(largest).as("the most a channel differs, where a line crosses a tile edge (16 of 255: unseen)")
                .isLessThanOrEqualTo(16);
    }
}
