package app.parley.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.render.paint.Composition;
import app.parley.render.paint.Drawing;
import app.parley.render.paint.Surface;
import app.parley.render.scene.Bounds;
import app.parley.render.scene.FontSpec;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Stroke;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class SvgExporterTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Bounds WORLD = new Bounds(0, 0, 100, 50);

    @TempDir
    Path folder;

    @Test
    void documentHasTheCompositionSizeAndViewBox() throws Exception {
        Element root = export(400, 200, Rgba.WHITE, surface -> { }).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG);
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo("400");
        assertThat(root.getAttribute("height")).isEqualTo("200");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 400 200");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
    }

    @Test
    void opaqueBackgroundBecomesAFullSizeRect() throws Exception {
        Element background = elements(export(400, 200, Rgba.hex(0xFAFAFA), surface -> { }), "rect").get(0);
        assertThat(background.getAttribute("width")).isEqualTo("400");
        assertThat(background.getAttribute("height")).isEqualTo("200");
        assertThat(background.getAttribute("fill")).isEqualTo("#fafafa");
    }

    @Test
    void transparentBackgroundWritesNoRect() throws Exception {
        assertThat(elements(export(400, 200, Rgba.TRANSPARENT, surface -> { }), "rect")).isEmpty();
    }

    @Test
    void everyTextDrawnIsATextElementWithItsFont() throws Exception {
        Document svg = export(400, 200, Rgba.TRANSPARENT, surface -> {
            surface.fillText("İbrahim Kalın", 10, 20, FontSpec.bold(6), Rgba.BLACK);
            surface.fillText("Smith & Sons <Ltd> \"Istanbul\"", 10, 40, FontSpec.regular(5), Rgba.hex(0x333333));
        });
        List<Element> texts = elements(svg, "text");
        assertThat(texts).extracting(Element::getTextContent)
                .containsExactly("İbrahim Kalın", "Smith & Sons <Ltd> \"Istanbul\"");
        Element name = texts.get(0);
        assertThat(name.getAttribute("font-family")).isEqualTo("DejaVu Sans, Verdana, sans-serif");
        assertThat(name.getAttribute("font-size")).isEqualTo("24");
        assertThat(name.getAttribute("font-weight")).isEqualTo("bold");
        assertThat(name.getAttribute("x")).isEqualTo("40");
        assertThat(name.getAttribute("y")).isEqualTo("80");
        assertThat(texts.get(1).hasAttribute("font-weight")).isFalse();
        assertThat(texts.get(1).getAttribute("fill")).isEqualTo("#333333");
    }

    @Test
    void controlCharactersInTextStillGiveWellFormedXml() throws Exception {
        Document svg = export(100, 50, Rgba.TRANSPARENT,
                surface -> surface.fillText("bell\u0007 tab\t end\uD800", 0, 10, FontSpec.regular(5), Rgba.BLACK));
        assertThat(elements(svg, "text").get(0).getTextContent()).isEqualTo("bell\uFFFD tab\t end\uFFFD");
    }

    @Test
    void shapesAreWrittenInOutputCoordinatesWithTheirColours() throws Exception {
        Document svg = export(400, 200, Rgba.TRANSPARENT, surface -> {
            surface.fillRoundRect(10, 10, 20, 10, 4, Rgba.hex(0x1F77B4));
            surface.fillOval(50, 10, 20, 10, Rgba.hex(0xFF7F0E));
            surface.fillPolygon(new double[] {0, 10, 0}, new double[] {0, 0, 10}, Rgba.hex(0x2CA02C));
            surface.strokeQuadCurve(0, 50, 50, 0, 100, 50, new Stroke(Rgba.hex(0xD62728), 0.5, new double[] {2, 1}));
            surface.strokeLine(0, 0, 100, 50, Stroke.solid(Rgba.BLACK, 1));
        });
        Element box = elements(svg, "rect").get(0);
        assertThat(box.getAttribute("x")).isEqualTo("40");
        assertThat(box.getAttribute("width")).isEqualTo("80");
        assertThat(box.getAttribute("rx")).isEqualTo("8");
        assertThat(box.getAttribute("fill")).isEqualTo("#1f77b4");
        Element oval = elements(svg, "ellipse").get(0);
        assertThat(oval.getAttribute("cx")).isEqualTo("240");
        assertThat(oval.getAttribute("cy")).isEqualTo("60");
        assertThat(oval.getAttribute("rx")).isEqualTo("40");
        assertThat(oval.getAttribute("fill")).isEqualTo("#ff7f0e");
        assertThat(elements(svg, "polygon").get(0).getAttribute("points")).isEqualTo("0,0 40,0 0,40");
        assertThat(elements(svg, "polygon").get(0).getAttribute("fill")).isEqualTo("#2ca02c");
        Element curve = elements(svg, "path").get(0);
        assertThat(curve.getAttribute("d")).isEqualTo("M0,200 Q200,0 400,200");
        assertThat(curve.getAttribute("fill")).isEqualTo("none");
        assertThat(curve.getAttribute("stroke")).isEqualTo("#d62728");
        assertThat(curve.getAttribute("stroke-width")).isEqualTo("2");
        assertThat(curve.getAttribute("stroke-dasharray")).isEqualTo("8,4");
        assertThat(elements(svg, "line").get(0).getAttribute("x2")).isEqualTo("400");
    }

    @Test
    void opacityMultipliesIntoEachShapeAndRestoreEndsIt() throws Exception {
        Document svg = export(100, 50, Rgba.TRANSPARENT, surface -> {
            surface.save();
            surface.setOpacity(0.5);
            surface.fillRect(0, 0, 10, 10, Rgba.hex(0x112233).withOpacity(0.5));
            surface.restore();
            surface.fillRect(0, 0, 10, 10, Rgba.hex(0x112233));
        });
        List<Element> rects = elements(svg, "rect");
        assertThat(rects.get(0).getAttribute("fill-opacity")).isEqualTo("0.251");
        assertThat(rects.get(1).hasAttribute("fill-opacity")).isFalse();
    }

    @Test
    void groupsBecomeGElementsWithIdAndClass() throws Exception {
        Document svg = export(100, 50, Rgba.TRANSPARENT, surface -> {
            surface.beginGroup("actor-fidan", "actor turkey");
            surface.fillRect(0, 0, 10, 10, Rgba.BLACK);
            surface.endGroup();
        });
        Element group = elements(svg, "g").get(0);
        assertThat(group.getAttribute("id")).isEqualTo("actor-fidan");
        assertThat(group.getAttribute("class")).isEqualTo("actor turkey");
        assertThat(group.getElementsByTagNameNS(SVG, "rect").getLength()).isEqualTo(1);
    }

    @Test
    void aGroupLeftOpenIsAnError() {
        assertThatThrownBy(() -> export(100, 50, Rgba.TRANSPARENT, surface -> surface.beginGroup("a", "b")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 groups open");
    }

    @Test
    void titleIsWrittenEscaped() throws Exception {
        Path file = folder.resolve("titled.svg");
        new SvgExporter().export(composition(100, 50, Rgba.WHITE, surface -> { }), file, "Talks & mediators");
        Document svg = parse(file);
        assertThat(elements(svg, "title").get(0).getTextContent()).isEqualTo("Talks & mediators");
    }

    @Test
    void numbersAreRoundedToThousandthsWithoutExponents() {
        StringBuilder out = new StringBuilder();
        for (double value : new double[] {0, 1.5, -0.25, 1e-7, -1e-7, 123456789.1234, 2.0005}) {
            SvgSurface.appendNumber(out, value);
            out.append(' ');
        }
        assertThat(out.toString()).isEqualTo("0 1.5 -0.25 0 0 123456789.123 2.001 ");
    }

    @Test
    void writingToAStringGivesTheSameDocument() throws Exception {
        StringWriter out = new StringWriter();
        new SvgExporter().write(composition(10, 10, Rgba.WHITE, surface -> { }), out, "");
        assertThat(out.toString()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ")
                .endsWith("</svg>\n");
    }

    private Document export(int width, int height, Rgba background, Consumer<Surface> painting) throws Exception {
        Path file = folder.resolve("out.svg");
        new SvgExporter().export(composition(width, height, background, painting), file);
        return parse(file);
    }

    /** A world of 100 x 50 units, so a 400 x 200 output scales it by 4. */
    private static Composition composition(int width, int height, Rgba background, Consumer<Surface> painting) {
        Drawing drawing = new Drawing() {
            @Override
            public Bounds bounds() {
                return WORLD;
            }

            @Override
            public void paint(Surface surface, Bounds visible, double scale) {
                painting.accept(surface);
            }
        };
        return new Composition(width, height, background, drawing, WORLD, List.of());
    }

    private static Document parse(Path file) throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = Files.newInputStream(file)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(Document document, String name) {
        NodeList nodes = document.getElementsByTagNameNS(SVG, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
