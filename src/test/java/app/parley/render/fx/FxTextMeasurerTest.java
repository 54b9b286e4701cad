package app.parley.render.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.parley.render.scene.FontSpec;
import org.junit.jupiter.api.Test;

class FxTextMeasurerTest {

    private final FxTextMeasurer measurer = new FxTextMeasurer();

    @Test
    void widthGrowsInProportionToTheFontSize() {
        double small = measurer.width("İbrahim Kalın", FontSpec.regular(10));
        double large = measurer.width("İbrahim Kalın", FontSpec.regular(20));
        assertThat(small).isPositive();
        assertThat(large).isCloseTo(2 * small, within(0.001));
    }

    @Test
    void boldIsWiderThanRegular() {
        assertThat(measurer.width("Hakan Fidan", FontSpec.bold(14)))
                .isGreaterThan(measurer.width("Hakan Fidan", FontSpec.regular(14)));
    }

    @Test
    void emptyTextHasNoWidth() {
        assertThat(measurer.width("", FontSpec.regular(14))).isZero();
    }

    @Test
    void measuringTwiceGivesTheSameWidth() {
        double first = measurer.width("Dolmabahçe", FontSpec.regular(13));
        assertThat(measurer.width("Dolmabahçe", FontSpec.regular(13))).isEqualTo(first);
    }

    @Test
    void ascentAndDescentMatchDejaVuSansProportions() {
        FontSpec font = FontSpec.regular(100);
        assertThat(measurer.ascent(font)).isCloseTo(92.82, within(0.1));
        assertThat(measurer.descent(font)).isCloseTo(23.58, within(0.1));
        assertThat(measurer.lineHeight(font)).isEqualTo(measurer.ascent(font) + measurer.descent(font));
    }

    @Test
    void bundledFacesAreDejaVuSans() {
        assertThat(ParleyFonts.font(FontSpec.regular(12)).getFamily()).isEqualTo("DejaVu Sans");
        assertThat(ParleyFonts.font(FontSpec.bold(12)).getName()).isEqualTo("DejaVu Sans Bold");
        assertThat(ParleyFonts.font(FontSpec.regular(12)).getName()).isEqualTo("DejaVu Sans");
    }
}
