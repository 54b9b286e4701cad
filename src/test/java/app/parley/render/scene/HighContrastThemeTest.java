package app.parley.render.scene;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.model.Side;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighContrastThemeTest {

    @Test
    void everySideColourOfTheHighContrastThemeStandsAtLeastFourAndAHalfToOneOnItsBackground() {
        Theme theme = Theme.HIGH_CONTRAST;
        List<Side> sides = new ArrayList<>(Side.KNOWN);
        for (int own = 0; own < 6; own++) {
            sides.add(Side.named("own-" + own, "Own " + own, Side.KNOWN.size() + own));
        }
        for (Side side : sides) {
            double ratio = contrast(theme.side(side), theme.background());
            System.out.printf("high contrast, %s: %.2f : 1%n", side.id(), ratio);
            assertThat(ratio).as(side.id()).isGreaterThanOrEqualTo(4.5);
        }
        assertThat(contrast(theme.text(), theme.background())).isGreaterThanOrEqualTo(20);
        assertThat(contrast(theme.mutedText(), theme.background())).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theLightThemeKeepsTheOkabeItoColours() {
        assertThat(Theme.LIGHT.side(Side.EUROPE_NATO)).isEqualTo(Rgba.hex(0xE69F00));
        assertThat(Theme.HIGH_CONTRAST.side(Side.EUROPE_NATO)).isNotEqualTo(Theme.LIGHT.side(Side.EUROPE_NATO));
    }

    private static double contrast(Rgba a, Rgba b) {
        double light = Math.max(a.luminance(), b.luminance());
        double dark = Math.min(a.luminance(), b.luminance());
        return (light + 0.05) / (dark + 0.05);
    }
}
