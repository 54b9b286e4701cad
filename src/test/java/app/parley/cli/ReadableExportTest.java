package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.model.Actor;
import app.parley.render.fx.FxTextMeasurer;
import app.parley.render.scene.FontSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Measures the names in an SVG of the Istanbul map as small as a laptop's map area (900 × 600 pixels). */
class ReadableExportTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final FxTextMeasurer MEASURER = new FxTextMeasurer();

    @TempDir
    Path dir;

    /** A name as the SVG sets it: its words, its least type size and the chip it stands on. */
    private record Name(String text, double px, double x, double y, double width, double height) {

        boolean overlaps(Name other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "force", "circle"})
    void everyNameInA900By600SvgIsAtLeastTenPixelsMostTwelveAndNoneOverlap(String layout) throws Exception {
        Path out = dir.resolve("map-" + layout + ".svg");
        CliRun run = CliRun.of("export", "--out", out.toString(), "--width", "900", "--height", "600",
                "--layout", layout, "--no-title");
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<Name> all = names(out);
        List<String> actors = DatasetReader.istanbul().actors().stream().map(Actor::name).toList();
        assertThat(all).extracting(Name::text).containsExactlyInAnyOrderElementsOf(actors);
        long twelve = all.stream().filter(n -> n.px() >= 12 - 1e-6).count();
        System.out.printf("900x600 SVG, %s: least name %.1f px, %d of %d names at 12 px or more%n", layout,
                all.stream().mapToDouble(Name::px).min().orElseThrow(), twelve, all.size());
        assertThat(all).allSatisfy(n -> assertThat(n.px()).as(n.text()).isGreaterThanOrEqualTo(10 - 1e-6));
        assertThat(twelve).isGreaterThan(all.size() / 2);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).overlaps(all.get(j))).as(all.get(i).text() + " / " + all.get(j).text())
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"force", "circle"})
    void fiftyActorsKeepEveryNameReadableAndApartIn900By600(String layout) throws Exception {
        Path dataset = dir.resolve("fifty.json");
        CliRun generated = CliRun.of("generate", "--actors", "50", "--relations", "120", "--seed", "7",
                "--out", dataset.toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        Path out = dir.resolve("fifty-" + layout + ".svg");
        CliRun run = CliRun.of("export", "--dataset", dataset.toString(), "--out", out.toString(), "--width", "900",
                "--height", "600", "--layout", layout, "--no-title");
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<Name> all = names(out);
        System.out.printf("900x600 SVG, 50 actors, %s: least name %.1f px, %d of %d names at 12 px or more%n", layout,
                all.stream().mapToDouble(Name::px).min().orElseThrow(),
                all.stream().filter(n -> n.px() >= 12 - 1e-6).count(), all.size());
        assertThat(all).hasSize(50).allSatisfy(n -> assertThat(n.px()).isGreaterThanOrEqualTo(10 - 1e-6));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).overlaps(all.get(j))).as(all.get(i).text() + " / " + all.get(j).text())
                        .isFalse();
            }
        }
    }

    /** The name groups of the SVG by their words. */
    private static List<Name> names(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList groups = factory.newDocumentBuilder().parse(svg.toFile()).getElementsByTagNameNS(SVG, "g");
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (!"name".equals(group.getAttribute("class"))) {
                continue;
            }
            NodeList texts = group.getElementsByTagNameNS(SVG, "text");
            List<String> words = new ArrayList<>();
            double px = Double.MAX_VALUE;
            for (int t = 0; t < texts.getLength(); t++) {
                Element text = (Element) texts.item(t);
                words.add(text.getTextContent());
                px = Math.min(px, Double.parseDouble(text.getAttribute("font-size")));
            }
            String text = String.join(" ", words);
            double[] box = textBox(texts, px);
            names.add(new Name(text, px, box[0], box[1], box[2] - box[0], box[3] - box[1]));
        }
        return names;
    }

    /** The rectangle a name's lines take, measured in the bundled bold face: top of the first to bottom of the last. */
    private static double[] textBox(NodeList texts, double px) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int t = 0; t < texts.getLength(); t++) {
            Element text = (Element) texts.item(t);
            double x = number(text, "x");
            double baseline = number(text, "y");
            box[0] = Math.min(box[0], x);
            FontSpec font = FontSpec.bold(px);
            box[1] = Math.min(box[1], baseline - MEASURER.ascent(font));
            box[2] = Math.max(box[2], x + MEASURER.width(text.getTextContent(), font));
            box[3] = Math.max(box[3], baseline + MEASURER.descent(font));
        }
        return box;
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
