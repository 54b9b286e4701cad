package app.parley.render.export;

import app.parley.model.Vocabulary;
import app.parley.render.scene.Rgba;
import app.parley.render.scene.Theme;
import java.util.Locale;

/** What an exported picture is drawn on. */
public enum PageBackground implements Vocabulary {
    /** Plain white, whatever the theme. */
    WHITE("white", "White"),
    /**
     * Nothing: the picture has an alpha channel (SVG: no background rectangle). Its ink is the light theme's dark ink;
     * in a PNG that ink has a thin light halo, so it reads on dark slides too; an SVG is for light slides and pages.
     */
    TRANSPARENT("transparent", "Transparent (SVG: light slides)"),
    /** The theme's page colour, as on screen. */
    THEME("theme", "Theme");

    private final String id;
    private final String label;

    PageBackground(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The word used on the command line. */
    @Override
    public String id() {
        return id;
    }

    /** The name shown in the window. */
    @Override
    public String label() {
        return label;
    }

    /** The theme a picture on this background is drawn in, when the window's is {@code theme}. */
    public Theme themeFor(Theme theme) {
        return this == THEME ? theme : theme.onPaper();
    }

    /** The colour in {@code theme}. */
    public Rgba colour(Theme theme) {
        return switch (this) {
            case WHITE -> Rgba.WHITE;
            case TRANSPARENT -> Rgba.TRANSPARENT;
            case THEME -> theme.background();
        };
    }

    /** The background called {@code id}. */
    public static PageBackground byId(String id) {
        return Vocabulary.byId(PageBackground.class, id.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> Vocabulary.unknown(PageBackground.class, "background", id));
    }
}
