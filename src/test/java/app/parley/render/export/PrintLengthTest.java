package app.parley.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrintLengthTest {

    @Test
    void readsCentimetresMillimetresAndInchesWithOrWithoutASpace() {
        assertThat(PrintLength.parse("20cm")).isEqualTo(new PrintLength(20, PrintLength.Unit.CM));
        assertThat(PrintLength.parse("180 mm").inches()).isCloseTo(180 / 25.4, within(1e-9));
        assertThat(PrintLength.parse("8in").inches()).isEqualTo(8);
        assertThat(PrintLength.parse("8.5\"").inches()).isEqualTo(8.5);
        assertThat(PrintLength.parse("12,5cm").value()).isEqualTo(12.5);
        assertThat(PrintLength.parse("20CM")).hasToString("20cm");
    }

    @Test
    void pixelsAreTheLengthInInchesTimesTheDpiRounded() {
        assertThat(PrintLength.parse("20cm").pixelsAt(300)).isEqualTo(2362);
        assertThat(PrintLength.parse("20cm").pixelsAt(600)).isEqualTo(4724);
        assertThat(PrintLength.parse("8in").pixelsAt(150)).isEqualTo(1200);
    }

    @Test
    void aLengthWithoutAUnitOrWithANegativeNumberIsRefused() {
        assertThatThrownBy(() -> PrintLength.parse("20")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("20cm, 180mm or 8in");
        assertThatThrownBy(() -> PrintLength.parse("-3cm")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrintLength(0, PrintLength.Unit.IN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printSizesRefuseResolutionsOutsideOneTo4800Dpi() {
        assertThatThrownBy(() -> ExportSize.print(PrintLength.parse("8in"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and 4800 dpi");
        assertThatThrownBy(() -> ExportSize.scale(2).withDpi(9600)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExportSize.pixels(0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("width, a height or both");
    }
}
