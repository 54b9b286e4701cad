package app.parley.render.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.render.scene.Theme;
import org.junit.jupiter.api.Test;

class PageBackgroundTest {

    @Test
    void aDarkThemeIsDrawnInTheLightThemeWithTheSameTypeOnWhiteOrTransparentPages() {
        Theme largeDark = Theme.DARK.withFontScale(2);

        assertThat(PageBackground.WHITE.themeFor(largeDark)).isEqualTo(Theme.LIGHT.withFontScale(2));
        assertThat(PageBackground.TRANSPARENT.themeFor(Theme.DARK)).isEqualTo(Theme.LIGHT);
        assertThat(PageBackground.THEME.themeFor(Theme.DARK)).isEqualTo(Theme.DARK);
        assertThat(PageBackground.WHITE.themeFor(Theme.HIGH_CONTRAST)).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(PageBackground.WHITE.themeFor(Theme.LIGHT)).isEqualTo(Theme.LIGHT);
    }
}
