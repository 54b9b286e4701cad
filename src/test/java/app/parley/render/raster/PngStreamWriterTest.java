package app.parley.render.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class PngStreamWriterTest {

    @Test
    void pixelsReadBackExactlyIncludingAlpha() throws IOException {
        int width = 37;
        int height = 23;
        int[] pixels = new int[width * height];
        Random random = new Random(7);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = i % 5 == 0 ? random.nextInt() : (i / width < 10 ? 0xFF336699 : 0x00000000);
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(write(width, height, pixels, PngOptions.ofDpi(96))));
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(pixels[y * width + x]);
            }
        }
    }

    @Test
    void singlePixelImageWorks() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                write(1, 1, new int[] {0x80FF0000}, PngOptions.ofDpi(72))));
        assertThat(image.getWidth()).isEqualTo(1);
        assertThat(image.getRGB(0, 0)).isEqualTo(0x80FF0000);
    }

    @Test
    void flatGraphicsCompressWell() throws IOException {
        int size = 512;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = (x / 64 + y / 64) % 2 == 0 ? 0xFFFFFFFF : 0xFF1F77B4;
            }
        }
        byte[] png = write(size, size, pixels, PngOptions.ofDpi(96));
        assertThat(png.length).isLessThan(size * size * 4 / 200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getRGB(65, 3)).isEqualTo(0xFF1F77B4);
        assertThat(image.getRGB(3, 3)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void resolutionIsStoredInPixelsPerMetre() throws IOException {
        Element physical = child(metadataOf(write(3, 2, new int[6], PngOptions.ofDpi(300))), "pHYs");
        assertThat(physical.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
        assertThat(physical.getAttribute("pixelsPerUnitYAxis")).isEqualTo("11811");
        assertThat(physical.getAttribute("unitSpecifier")).isEqualTo("meter");
    }

    @Test
    void textEntriesSurviveIncludingNonLatinNames() throws IOException {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Title", "Istanbul talks, Dolmabahçe");
        text.put("Description", "İbrahim Kalın meets Hakan Fidan");
        text.put("Software", "Parley");
        Element root = metadataOf(write(2, 2, new int[4], new PngOptions(96, text)));
        Map<String, String> found = new LinkedHashMap<>();
        for (Element entry : children(child(root, "tEXt"), "tEXtEntry")) {
            found.put(entry.getAttribute("keyword"), entry.getAttribute("value"));
        }
        for (Element entry : children(child(root, "iTXt"), "iTXtEntry")) {
            found.put(entry.getAttribute("keyword"), entry.getAttribute("text"));
        }
        assertThat(found).containsExactlyInAnyOrderEntriesOf(text);
    }

    @Test
    void oddWidthsAndLongImagesSpanManyDataChunks() throws IOException {
        int width = 1001;
        int height = 301;
        int[] pixels = new int[width * height];
        Random random = new Random(11);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt();
        }
        byte[] png = write(width, height, pixels, PngOptions.ofDpi(96));
        assertThat(png.length).isGreaterThan(3 * (1 << 16));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getRGB(1000, 300)).isEqualTo(pixels[pixels.length - 1]);
        assertThat(image.getRGB(500, 150)).isEqualTo(pixels[150 * width + 500]);
    }

    @Test
    void imagesOfManySegmentsDecodeExactly() throws IOException {
        int width = 3000;
        int height = 1200;
        int[] pixels = new int[width * height];
        Random random = new Random(3);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = (x + y) % 97 == 0 ? random.nextInt() : (y / 300 % 2 == 0 ? 0xFFFFFFFF : 0x40FF8000);
            }
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(write(width, height, pixels, PngOptions.ofDpi(96))));
        for (int y = 0; y < height; y += 7) {
            for (int x = 0; x < width; x += 3) {
                assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(pixels[y * width + x]);
            }
        }
    }

    @Test
    void adlerChecksumsOfPartsCombineIntoTheChecksumOfTheWhole() {
        byte[] data = new byte[100_000];
        new Random(5).nextBytes(data);
        java.util.zip.Adler32 whole = new java.util.zip.Adler32();
        whole.update(data);
        java.util.zip.Adler32 first = new java.util.zip.Adler32();
        first.update(data, 0, 70_001);
        java.util.zip.Adler32 second = new java.util.zip.Adler32();
        second.update(data, 70_001, data.length - 70_001);
        assertThat(PngStreamWriter.combineAdler32(first.getValue(), second.getValue(), data.length - 70_001))
                .isEqualTo(whole.getValue());
        assertThat(PngStreamWriter.combineAdler32(1, whole.getValue(), data.length)).isEqualTo(whole.getValue());
    }

    @Test
    void closingBeforeEveryRowIsWrittenFails() throws IOException {
        PngStreamWriter writer = new PngStreamWriter(new ByteArrayOutputStream(), 4, 4, PngOptions.ofDpi(96));
        writer.writeRow(new int[4], 0);
        assertThatThrownBy(writer::close).isInstanceOf(IllegalStateException.class).hasMessageContaining("1 of 4");
    }

    @Test
    void writingTooManyRowsFails() throws IOException {
        PngStreamWriter writer = new PngStreamWriter(new ByteArrayOutputStream(), 2, 1, PngOptions.ofDpi(96));
        writer.writeRow(new int[2], 0);
        assertThatThrownBy(() -> writer.writeRow(new int[2], 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void badKeywordsAreRefused() {
        assertThatThrownBy(() -> PngOptions.ofDpi(96).withText("", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PngOptions.ofDpi(96).withText("Kalın", "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PngOptions.ofDpi(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] write(int width, int height, int[] pixels, PngOptions options) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PngStreamWriter writer = new PngStreamWriter(bytes, width, height, options)) {
            writer.writeRows(pixels, 0, width, height);
        }
        return bytes.toByteArray();
    }

    private static Element metadataOf(byte[] png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
            reader.dispose();
            return root;
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("node %s", name).hasSize(1);
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeName().equals(name)) {
                found.add((Element) node);
            }
        }
        return found;
    }
}
