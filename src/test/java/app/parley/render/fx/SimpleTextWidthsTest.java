package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.io.DatasetReader;
import app.parley.io.synthetic.SyntheticDataset;
import app.parley.model.Actor;
import app.parley.model.Dataset;
import app.parley.render.scene.FontSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * Text of simple characters is measured by summing the characters' widths instead of laying it out: the widths are
 * exactly, to the last bit, those of JavaFX's text layout that draws it in the window.
 */
class SimpleTextWidthsTest {

    private static final List<FontSpec> FONTS = List.of(FontSpec.bold(15), FontSpec.regular(12), FontSpec.bold(13.8),
            FontSpec.regular(11.5 * 1.5), FontSpec.bold(15 * 2.25), FontSpec.regular(7.3));

    @Test
    void namesOfRealAndGeneratedMapsMeasureAsTheTextLayoutDoes() {
        List<String> texts = new ArrayList<>(List.of("İbrahim Kalın", "Dolmabahçe", "Volodymyr Zelensky",
                "Владимир Мединский", "Κυριάκος Μητσοτάκης", "Ǆemal  Đukić", " lead", "trail ", "a  b", "NATO",
                "Recep Tayyip Erdoğan", "Łukasz Ćwikła", "Ærøskøbing — “quoted”", "x",
                "Ukraine’s delegation to the first Kraków round", "‘single’ – dash… ‰ ′″ ‹›", "•‒―‖‗‚‛„‟†‡"));
        for (Dataset dataset : List.of(DatasetReader.istanbul(),
                SyntheticDataset.generate(SyntheticDataset.Settings.of(3000, 3000, 11)))) {
            for (Actor actor : dataset.actors()) {
                texts.add(actor.name());
                texts.addAll(actor.aliases());
            }
            dataset.roles().forEach(role -> texts.add(role.title()));
        }
        assertMeasuredAsLaidOut(texts);
    }

    @Test
    void everySimpleCharacterAloneAndInRandomStringsMeasuresAsTheTextLayoutDoes() {
        List<Character> simple = new ArrayList<>();
        for (char c = 0; c < 0x2100; c++) {
            if (FxTextMeasurer.isSimple(c)) {
                simple.add(c);
            }
        }
        List<String> texts = new ArrayList<>();
        simple.forEach(c -> texts.add(String.valueOf(c)));
        Random random = new Random(16);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = 1 + random.nextInt(40); length > 0; length--) {
                text.append(simple.get(random.nextInt(simple.size())));
            }
            texts.add(text.toString());
        }
        assertThat(simple).hasSizeGreaterThan(500).contains('’', '—', '…');
        assertMeasuredAsLaidOut(texts);
    }

    @Test
    void otherTextIsLaidOut() {
        for (String text : List.of("two\nlines", "tab\there", "e\u0301", "שלום", "سلام", "नमस्ते", "😀 emoji",
                "soft\u00ADhyphen", "zero\u200Bwidth", "mark\u200Fed", "line\u2028break")) {
            assertMeasuredAsLaidOut(List.of(text));
        }
        assertThat(FxTextMeasurer.isSimple('\n')).isFalse();
        assertThat(FxTextMeasurer.isSimple('\u0301')).isFalse();
        assertThat(FxTextMeasurer.isSimple('\u05D0')).isFalse();
        assertThat(FxTextMeasurer.isSimple('ı')).isTrue();
        for (char invisible : new char[] {'\u200B', '\u200E', '\u200F', '\u2028', '\u2029', '\u202E', '\u2060'}) {
            assertThat(FxTextMeasurer.isSimple(invisible)).as("U+%04X", (int) invisible).isFalse();
        }
    }

    private static void assertMeasuredAsLaidOut(List<String> texts) {
        for (FontSpec font : FONTS) {
            FxTextMeasurer measurer = new FxTextMeasurer();
            for (String text : texts) {
                assertThat(measurer.width(text, font)).as("%s in %s", text, font).isEqualTo(laidOut(text, font));
            }
        }
    }

    private static double laidOut(String text, FontSpec font) {
        Text node = new Text(text);
        node.setFont(ParleyFonts.font(font));
        return node.getLayoutBounds().getWidth();
    }
}
