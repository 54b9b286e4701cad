package app.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.model.Actor;
import app.parley.render.scene.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

class ExportCommandTest {

    /** Okabe–Ito blue, the colour of Ukraine in the legend's swatch and on Ukrainian cards. */
    private static final int UKRAINE_BLUE = 0x0072B2;

    @TempDir
    Path dir;

    private BufferedImage export(String name, String... options) throws IOException {
        Path out = dir.resolve(name);
        String[] args = new String[options.length + 3];
        args[0] = "export";
        args[1] = "--out";
        args[2] = out.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Wrote " + out);
        return ImageIO.read(out.toFile());
    }

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    /** How many pixels of a horizontal band have exactly the colour {@code rgb}. */
    private static int count(BufferedImage image, int top, int bottom, int rgb) {
        int found = 0;
        for (int y = Math.max(0, top); y < Math.min(bottom, image.getHeight()); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (rgb(image, x, y) == rgb && alpha(image, x, y) == 255) {
                    found++;
                }
            }
        }
        return found;
    }

    private static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if (rgb(image, x, y) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
    }

    @Test
    void exportedIstanbulMapScalesExactlyWithTheScaleOption() throws IOException {
        BufferedImage one = export("one.png");
        BufferedImage two = export("two.png", "--scale", "2");
        BufferedImage four = export("four.png", "--scale", "4");

        assertThat(one.getWidth()).isGreaterThan(1500);
        assertThat(two.getWidth()).isBetween(2 * one.getWidth() - 2, 2 * one.getWidth() + 2);
        assertThat(four.getWidth()).isBetween(4 * one.getWidth() - 4, 4 * one.getWidth() + 4);
        assertThat(four.getHeight()).isBetween(4 * one.getHeight() - 8, 4 * one.getHeight() + 8);
    }

    @Test
    void exportIsNotBlankAndHasAWhiteBackground() throws IOException {
        BufferedImage image = export("map.png");

        assertThat(rgb(image, 2, 2)).isEqualTo(0xFFFFFF);
        assertThat(alpha(image, 2, 2)).isEqualTo(255);
        assertThat(inkShare(image)).isBetween(0.05, 0.6);
    }

    @Test
    void transparentExportReallyHasAlpha() throws IOException {
        BufferedImage image = export("clear.png", "--transparent", "--no-legend", "--no-caption");

        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(alpha(image, 2, 2)).isZero();
        assertThat(alpha(image, image.getWidth() - 3, image.getHeight() - 3)).isZero();
        assertThat(count(image, 0, image.getHeight(), UKRAINE_BLUE)).isGreaterThan(100);
    }

    @Test
    void legendStripAndCaptionSitBelowTheDrawingAndCanBeLeftOut() throws IOException {
        BufferedImage full = export("full.png");
        BufferedImage bare = export("bare.png", "--no-legend", "--no-caption");

        int extra = full.getHeight() - bare.getHeight();
        assertThat(extra).isBetween(60, 200);
        int drawingBottom = bare.getHeight();
        int swatchesInStrip = count(full, drawingBottom, full.getHeight(), UKRAINE_BLUE);
        assertThat(swatchesInStrip).as("the Ukraine swatch in the legend").isGreaterThan(150);
        int captionTop = full.getHeight() - 30;
        long captionInk = 0;
        for (int y = captionTop; y < full.getHeight(); y++) {
            for (int x = 0; x < 400; x++) {
                if ((rgb(full, x, y) & 0xFF) < 0x90) {
                    captionInk++;
                }
            }
        }
        assertThat(captionInk).as("dark caption text at the bottom left").isGreaterThan(200);
    }

    @Test
    void aDarkThemeIsDrawnOnItsDarkPageOrLightOnAWhiteOne() throws IOException {
        BufferedImage dark = export("dark.png", "--theme", "dark", "--no-legend", "--no-caption");
        export("dark-on-white.png", "--theme", "dark", "--background", "white");
        export("light.png", "--theme", "light");

        assertThat(rgb(dark, 0, 0)).isEqualTo(Theme.DARK.background().argb() & 0xFFFFFF);
        assertThat(rgb(dark, dark.getWidth() - 1, dark.getHeight() - 1))
                .isEqualTo(Theme.DARK.background().argb() & 0xFFFFFF);
        assertThat(Files.readAllBytes(dir.resolve("dark-on-white.png"))).as("the light theme, the same picture")
                .isEqualTo(Files.readAllBytes(dir.resolve("light.png")));
    }

    @Test
    void unknownLayoutIsAUsageError() {
        CliRun run = CliRun.of("export", "--out", dir.resolve("x.png").toString(), "--layout", "spiral");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("Unknown layout 'spiral'; expected one of table, force, circle"
                + System.lineSeparator() + "Try 'parley export --help' for the options." + System.lineSeparator());
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(all);
    }

    /** The PNG's pixels per metre from its pHYs chunk. */
    private static long pixelsPerMetre(Path png) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        for (int at = 8; at < bytes.length; ) {
            int length = ByteBuffer.wrap(bytes, at, 4).getInt();
            String type = new String(bytes, at + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("pHYs")) {
                return Integer.toUnsignedLong(ByteBuffer.wrap(bytes, at + 8, 4).getInt());
            }
            at += 12 + length;
        }
        throw new AssertionError("no pHYs chunk");
    }

    @Test
    void printWidthAtThreeHundredDpiGivesExactPixelsAndRecordsTheResolution() throws IOException {
        Path out = dir.resolve("print.png");
        CliRun run = run("--out", out.toString(), "--size", "20cm", "--dpi", "300", "--footnotes");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2362 × ").contains("20cm wide at 300 dpi").containsPattern("\\d+ footnotes");
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(2362);
        assertThat(pixelsPerMetre(out)).isEqualTo(11811);
    }

    @Test
    void pixelWidthHeightOrBothAreExact() throws IOException {
        assertThat(export("w.png", "--width", "640").getWidth()).isEqualTo(640);
        assertThat(export("h.png", "--height", "480").getHeight()).isEqualTo(480);
        BufferedImage both = export("wh.png", "--width", "500", "--height", "500");
        assertThat(both.getWidth()).isEqualTo(500);
        assertThat(both.getHeight()).isEqualTo(500);
    }

    @Test
    void anExplicitDpiIsRecordedAtAnyScale() throws IOException {
        export("dpi.png", "--scale", "0.5", "--dpi", "600");

        assertThat(pixelsPerMetre(dir.resolve("dpi.png"))).isEqualTo(23622);
    }

    @Test
    void aSizeTooLargeForPngIsRefusedNamingTheSizeAndTheLimit() {
        Path out = dir.resolve("huge.png");
        CliRun run = run("--out", out.toString(), "--width", "70000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("65535 x 65535").contains("70000 x");
        assertThat(out).doesNotExist();
    }

    @Test
    void conflictingSizesAreAUsageError() {
        CliRun run = run("--out", dir.resolve("x.png").toString(), "--scale", "2", "--width", "800");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Give either --scale, or --width/--height, or --size");
    }

    @Test
    void selectingAnActorExportsItsNeighbourhoodCroppedClose() throws IOException {
        BufferedImage whole = export("whole.png", "--no-title");
        BufferedImage kalin = export("kalin.png", "--select", "Kalin", "--no-title");

        assertThat(kalin.getWidth()).isLessThan(whole.getWidth() / 2);
        assertThat(count(kalin, 0, kalin.getHeight(), 0x009E73)).as("Turkish green").isGreaterThan(100);
    }

    @Test
    void anUnknownOrMissingActorIsAUsageError() {
        CliRun unknown = run("--out", dir.resolve("x.png").toString(), "--select", "Zelenskyyy");
        CliRun missing = run("--out", dir.resolve("y.png").toString(), "--area", "selection");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("No actor is called \"Zelenskyyy\"").contains("zelensky");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--area selection needs --select ACTOR");
    }

    @Test
    void theTitleLineIsOnByDefaultAndCanBeReplacedOrLeftOut() throws IOException {
        BufferedImage titled = export("titled.png", "--scale", "0.5");
        BufferedImage custom = export("custom.png", "--scale", "0.5", "--title", "Who sat where");
        BufferedImage bare = export("untitled.png", "--scale", "0.5", "--no-title");

        assertThat(titled.getHeight() - bare.getHeight()).isBetween(10, 30);
        assertThat(custom.getHeight()).isEqualTo(titled.getHeight());
    }

    @Test
    void backgroundCanBeTransparentOrTheThemePage() throws IOException {
        BufferedImage clear = export("clear.png", "--scale", "0.5", "--background", "transparent");
        BufferedImage theme = export("theme.png", "--scale", "0.5", "--background", "theme");

        assertThat(alpha(clear, 2, 2)).isZero();
        assertThat(theme.getRGB(2, 2)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void svgHasEveryActorNameAsRealText() throws Exception {
        Path out = dir.resolve("map.svg");
        CliRun run = run("--out", out.toString(), "--footnotes");

        assertThat(run.exitCode()).as(run.err()).isZero();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList texts = factory.newDocumentBuilder().parse(out.toFile())
                .getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        for (Actor actor : DatasetReader.istanbul().actors()) {
            assertThat(words).as(actor.name()).contains(actor.name());
        }
        assertThat(words).contains("Sources of the numbered links", "1.", "1");
    }

    @Test
    void graphMlGexfAndDotFollowTheExtension() throws IOException {
        for (String name : new String[] {"map.graphml", "map.gexf", "map.dot"}) {
            Path out = dir.resolve(name);
            CliRun run = run("--out", out.toString());

            assertThat(run.exitCode()).as(name + run.err()).isZero();
            assertThat(run.out()).isEqualTo("Wrote " + out + " (37 actors, 67 links)." + System.lineSeparator());
            assertThat(Files.readString(out)).contains("İbrahim Kalın");
        }
        assertThat(Files.readString(dir.resolve("map.graphml"))).contains("<graphml");
        assertThat(Files.readString(dir.resolve("map.gexf"))).contains("<gexf");
        assertThat(Files.readString(dir.resolve("map.dot"))).startsWith("digraph parley {");
    }

    @Test
    void csvWritesThreeTablesIntoTheFolder() throws IOException {
        Path out = dir.resolve("tables");
        CliRun run = run("--format", "csv", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("actors.csv").contains("relations.csv").contains("quotes.csv")
                .contains("(37 actors, 67 links, 25 quotes)");
        assertThat(Files.readAllLines(out.resolve("actors.csv"))).hasSize(38);
        assertThat(Files.readAllLines(out.resolve("quotes.csv")).get(0)).startsWith("id,speaker,speaker_name");
    }

    @Test
    void anOutputWithoutAKnownExtensionNeedsAFormat() {
        CliRun run = run("--out", dir.resolve("map.txt").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot tell the format").contains("--format");
    }
}
