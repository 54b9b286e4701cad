package app.parley.cli;

import app.parley.render.scene.Theme;
import java.util.Locale;

/** The themes by the names the command line gives them. */
final class ThemeNames {

    private ThemeNames() {
    }

    /** The theme named {@code id}: light, dark or high-contrast. */
    static Theme byId(String id) {
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "light" -> Theme.LIGHT;
            case "dark" -> Theme.DARK;
            case "high-contrast" -> Theme.HIGH_CONTRAST;
            default -> throw new IllegalArgumentException("Unknown theme '" + id
                    + "'; expected one of light, dark, high-contrast");
        };
    }
}
