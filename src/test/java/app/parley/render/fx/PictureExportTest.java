package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.parley.io.DatasetReader;
import app.parley.layout.LayoutMonitor;
import app.parley.layout.Layouts;
import app.parley.render.export.ExportFormat;
import app.parley.render.export.ExportFrame;
import app.parley.render.export.ExportMonitor;
import app.parley.render.export.ExportSize;
import app.parley.render.export.FootnoteMarkers;
import app.parley.render.export.PrintLength;
import app.parley.render.paint.Composition;
import app.parley.render.paint.TitleOverlay;
import app.parley.render.raster.PngOptions;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.NodeShape;
import app.parley.render.scene.PreparedGraph;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Scene;
import app.parley.render.scene.TextRun;
import app.parley.render.scene.Theme;
import app.parley.render.scene.ViewState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** PNG and SVG written from one framed figure: sizes, resolution, metadata, names, and the same positions in both. */
class PictureExportTest {

    private static final String TITLE = "Russia–Ukraine talks in Istanbul, May 2025";
    private static FxTextMeasurer measurer;
    private static PreparedGraph istanbul;
    private static Scene scene;

    @TempDir
    Path folder;

    @BeforeAll
    static void layOut() {
        FxPlatform.start();
        measurer = new FxTextMeasurer();
        istanbul = PreparedGraph.of(DatasetReader.istanbul(), Theme.LIGHT, measurer);
        scene = istanbul.scene(istanbul.layOut(Layouts.TABLE.create(istanbul.graph(), 20250516L),
                LayoutMonitor.NONE));
    }

    private static ExportFrame.Figure figure(ExportSize size, boolean footnotes) {
        ExportFrame.Request request = new ExportFrame.Request(ExportFrame.Area.WHOLE_GRAPH, size, Rgba.WHITE, true,
                true, TITLE, footnotes, null, 0, 0);
        return ExportFrame.of(istanbul, measurer).figure(istanbul.graph(), scene, ViewState.NONE, request);
    }

    private Path write(ExportFrame.Figure figure, ExportFormat format, String name) throws IOException {
        Path file = folder.resolve(name);
        new PictureExport(TITLE, istanbul.citation()).write(figure, format, file, ExportMonitor.NONE);
        return file;
    }

    @Test
    void printSizesHaveTheirExactPixelWidthAndRecordTheirDpiInPhys() throws IOException {
        for (int dpi : new int[] {150, 300, 600}) {
            Path file = write(figure(ExportSize.print(PrintLength.parse("8cm"), dpi), false), ExportFormat.PNG,
                    "print-" + dpi + ".png");
            PngChunks png = PngChunks.read(file);

            assertThat(png.width()).as("%d dpi", dpi).isEqualTo((int) Math.round(8 / 2.54 * dpi));
            assertThat(png.unit()).as("pHYs unit is the metre").isEqualTo(1);
            assertThat(png.pixelsPerMetreX()).isEqualTo(Math.round(dpi / 0.0254));
            assertThat(png.pixelsPerMetreY()).isEqualTo(png.pixelsPerMetreX());
            assertThat(png.dpi()).isCloseTo(dpi, within(0.02));
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(png.width());
            assertThat(image.getHeight()).isEqualTo(png.height());
        }
    }

    @Test
    void transparentPngKeepsItsTitleAndLinksReadableOnBlackAndOnWhiteSlides() throws IOException {
        ExportFrame.Request request = new ExportFrame.Request(ExportFrame.Area.WHOLE_GRAPH, ExportSize.scale(1),
                Rgba.TRANSPARENT, true, true, TITLE, false, null, 0, 0);
        ExportFrame.Figure figure = ExportFrame.of(istanbul, measurer).figure(istanbul.graph(), scene, ViewState.NONE,
                request);
        BufferedImage image = ImageIO.read(write(figure, ExportFormat.PNG, "transparent.png").toFile());
        TitleOverlay title = figure.composition().overlays().stream().filter(TitleOverlay.class::isInstance)
                .map(TitleOverlay.class::cast).findFirst().orElseThrow();
        int band = (int) Math.ceil(title.height(image.getWidth()));

        int lightOnBlack = 0;
        int darkOnWhite = 0;
        int inked = 0;
        for (int y = 0; y < band; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if (argb >>> 24 == 0) {
                    continue;
                }
                inked++;
                lightOnBlack += luminanceOver(argb, 0) > 0.5 ? 1 : 0;
                darkOnWhite += luminanceOver(argb, 255) < 0.2 ? 1 : 0;
            }
        }
        System.out.printf("Transparent PNG title band: %d inked pixels, %d light over black, %d dark over white%n",
                inked, lightOnBlack, darkOnWhite);
        assertThat(darkOnWhite).as("the title's ink reads on white").isGreaterThan(200);
        assertThat(lightOnBlack).as("the title's halo reads on black").isGreaterThan(darkOnWhite);
        assertThat(image.getRGB(image.getWidth() - 1, 0) >>> 24).as("the page stays transparent").isZero();
    }

    /** The relative luminance (approximate, sRGB channels averaged by weight) of a pixel composed over a grey. */
    private static double luminanceOver(int argb, int grey) {
        double alpha = (argb >>> 24) / 255.0;
        double r = ((argb >> 16) & 0xFF) * alpha + grey * (1 - alpha);
        double g = ((argb >> 8) & 0xFF) * alpha + grey * (1 - alpha);
        double b = (argb & 0xFF) * alpha + grey * (1 - alpha);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    }

    @Test
    void pngRecordsTitleSourceAndSoftwareInTextChunks() throws IOException {
        PngChunks png = PngChunks.read(write(figure(ExportSize.scale(0.5), false), ExportFormat.PNG, "meta.png"));

        assertThat(png.text()).containsEntry("Title", TITLE).containsEntry("Source", istanbul.citation());
        assertThat(png.text().get("Software")).startsWith("Parley");
        assertThat(png.order()).containsSubsequence("IHDR", "pHYs", "tEXt", "IDAT", "IEND");
    }

    @Test
    void svgParsesAndHoldsEveryNameAsTextWhereThePngDrawsIt() throws Exception {
        ExportFrame.Figure figure = figure(ExportSize.scale(2), true);
        Document svg = parse(write(figure, ExportFormat.SVG, "map.svg"));
        BufferedImage png = ImageIO.read(write(figure, ExportFormat.PNG, "map.png").toFile());
        Composition composition = figure.composition();
        Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("width")).isEqualTo(Integer.toString(png.getWidth()));
        assertThat(root.getAttribute("height")).isEqualTo(Integer.toString(png.getHeight()));
        assertThat(root.getElementsByTagNameNS(SVG, "title").item(0).getTextContent()).isEqualTo(TITLE);
        List<Element> texts = elements(svg, "text");

        for (NodeShape node : scene.nodes()) {
            for (TextRun line : node.card().lines()) {
                double x = outX(composition, node.box().x() + line.dx());
                double y = outY(composition, node.box().y() + line.baseline());
                assertThat(texts).as(line.text()).anySatisfy(text -> {
                    assertThat(text.getTextContent()).isEqualTo(line.text());
                    assertThat(Double.parseDouble(text.getAttribute("x"))).isCloseTo(x, within(0.01));
                    assertThat(Double.parseDouble(text.getAttribute("y"))).isCloseTo(y, within(0.01));
                });
            }
            Bounds box = node.box();
            int border = Theme.LIGHT.side(node.side()).argb() | 0xFF000000;
            int borderX = (int) Math.round(outX(composition, box.centerX()));
            int borderY = (int) Math.floor(outY(composition, box.y()));
            assertThat(nearColour(png, borderX, borderY, 3, border)).as("PNG border of %s at %d,%d",
                    node.actorId(), borderX, borderY).isTrue();
        }
        assertThat(texts).anySatisfy(text -> assertThat(text.getTextContent()).isEqualTo(TITLE));
    }

    @Test
    void footnoteMarkersStandAtTheSamePlaceInSvgAndPng() throws Exception {
        ExportFrame.Figure figure = figure(ExportSize.scale(2), true);
        Document svg = parse(write(figure, ExportFormat.SVG, "notes.svg"));
        BufferedImage png = ImageIO.read(write(figure, ExportFormat.PNG, "notes.png").toFile());
        Composition composition = figure.composition();
        FootnoteMarkers markers = (FootnoteMarkers) composition.drawing();
        int ink = Theme.LIGHT.text().argb();
        int checked = 0;

        for (Map.Entry<Integer, Integer> entry : figure.footnotes().numbersByEdge().entrySet()) {
            Bounds box = markers.markerBox(entry.getKey());
            String id = "footnote-" + entry.getValue() + "-" + scene.edges().get(entry.getKey()).linkId();
            Element group = byId(svg, id);
            assertThat(group).as(id).isNotNull();
            Element disc = (Element) group.getElementsByTagNameNS(SVG, "rect").item(0);
            assertThat(Double.parseDouble(disc.getAttribute("x"))).isCloseTo(outX(composition, box.x()), within(0.01));
            assertThat(Double.parseDouble(disc.getAttribute("y"))).isCloseTo(outY(composition, box.y()), within(0.01));
            assertThat(group.getElementsByTagNameNS(SVG, "text").item(0).getTextContent())
                    .isEqualTo(Integer.toString(entry.getValue()));
            int x = (int) Math.round(outX(composition, box.x() + box.height() * 0.2));
            int y = (int) Math.round(outY(composition, box.centerY()));
            assertThat(png.getRGB(x, y)).as("PNG disc of note %d at %d,%d", entry.getValue(), x, y).isEqualTo(ink);
            checked++;
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(elements(svg, "text")).anySatisfy(text -> assertThat(text.getTextContent())
                .isEqualTo("Sources of the numbered links"));
    }

    @Test
    void tilesWithTitleLegendAndNotesMatchTheWholePicture() throws IOException {
        double[] scales = {0.75, 1.3};
        int[] tiles = {200, 173};
        for (int i = 0; i < scales.length; i++) {
            ExportFrame.Figure figure = figure(ExportSize.scale(scales[i]), true);
            Path whole = folder.resolve("whole-" + i + ".png");
            Path tiled = folder.resolve("tiled-" + i + ".png");
            new PngExporter(8192).export(figure.composition(), whole, PngOptions.ofDpi(72), ExportMonitor.NONE);
            PngExporter small = new PngExporter(tiles[i]);
            small.export(figure.composition(), tiled, PngOptions.ofDpi(72), ExportMonitor.NONE);

            assertThat(small.tilesRendered()).isGreaterThan(20);
            assertThat(largestDifference(ImageIO.read(whole.toFile()), ImageIO.read(tiled.toFile())))
                    .as("scale %s in tiles of %d", scales[i], tiles[i]).isLessThanOrEqualTo(1);
        }
    }

    /** The largest difference of any channel of any pixel. */
    private static int largestDifference(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        int largest = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    largest = Math.max(largest, Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF)));
                }
            }
        }
        return largest;
    }

    private static final String SVG = "http://www.w3.org/2000/svg";

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(Files.newInputStream(file));
    }

    private static List<Element> elements(Document document, String name) {
        NodeList list = document.getElementsByTagNameNS(SVG, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static Element byId(Document document, String id) {
        return elements(document, "g").stream().filter(g -> id.equals(g.getAttribute("id"))).findFirst().orElse(null);
    }

    private static double outX(Composition composition, double worldX) {
        return worldX * composition.scale() + composition.offsetX();
    }

    private static double outY(Composition composition, double worldY) {
        return worldY * composition.scale() + composition.offsetY();
    }

    /** Whether a pixel within {@code radius} of (x, y) has exactly the colour {@code argb}. */
    private static boolean nearColour(BufferedImage image, int x, int y, int radius, int argb) {
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                int px = x + dx;
                int py = y + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()
                        && image.getRGB(px, py) == argb) {
                    return true;
                }
            }
        }
        return false;
    }
}
