package app.parley.render.scene;

import app.parley.model.Side;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The colours and type sizes a picture is drawn with. Side colours follow the Okabe–Ito palette, which stays
 * distinguishable with the common colour-vision deficiencies and on a washed-out projector.
 *
 * @param name            name shown in menus
 * @param background      page colour
 * @param text            main text colour
 * @param mutedText       secondary text (role titles, captions)
 * @param cardTint        how strongly a node's card is tinted with its side colour (0 to 1)
 * @param cardBase        the colour the tint is mixed into
 * @param edge            edge and arrow colour
 * @param edgeLabelText   edge label text
 * @param labelBackground edge label box fill
 * @param selection       selection ring colour
 * @param panel           legend and caption panel fill
 * @param tableFill       the negotiating table's fill
 * @param zoneFill        a camp zone's fill
 * @param sides           colour per side
 * @param fontScale       multiplies every type size (presentation mode uses larger type)
 */
public record Theme(String name, Rgba background, Rgba text, Rgba mutedText, double cardTint, Rgba cardBase,
                    Rgba edge, Rgba edgeLabelText, Rgba labelBackground, Rgba selection, Rgba panel,
                    Rgba tableFill, Rgba zoneFill, Map<Side, Rgba> sides, double fontScale) {

    private static final Map<Side, Rgba> OKABE_ITO = okabeIto();
    private static final Map<Side, Rgba> OKABE_ITO_DARK = okabeItoDark();
    /**
     * The colours of a map's own sides, in the order it names them: Paul Tol's teal, rose, sky, olive, sand and indigo,
     * hues the known camps do not use.
     */
    private static final List<Rgba> OWN_SIDES = List.of(Rgba.hex(0x44AA99), Rgba.hex(0xCC6677), Rgba.hex(0x56B4E9),
            Rgba.hex(0x999933), Rgba.hex(0xDDCC77), Rgba.hex(0x332288));
    /** The same, darkened where needed so that each stands at least 4.5 : 1 against white (one per distinct side). */
    private static final List<Rgba> OWN_SIDES_DARK = List.of(Rgba.hex(0x2A7A6E), Rgba.hex(0xA8434F),
            Rgba.hex(0x1A6A96), Rgba.hex(0x6B6B1F), Rgba.hex(0x7A6A1F), Rgba.hex(0x332288));

    /** The light theme for everyday work and print. */
    public static final Theme LIGHT = new Theme("Light", Rgba.WHITE, Rgba.hex(0x1B1F24), Rgba.hex(0x4A525C), 0.14,
            Rgba.WHITE, Rgba.hex(0x59626D), Rgba.hex(0x2F353C), new Rgba(255, 255, 255, 235), Rgba.hex(0x111111),
            new Rgba(255, 255, 255, 240), Rgba.hex(0xEFE6D8), Rgba.hex(0xF5F6F8), OKABE_ITO, 1.0);

    /** The dark theme for dim rooms. */
    public static final Theme DARK = new Theme("Dark", Rgba.hex(0x15181C), Rgba.hex(0xF1F3F5), Rgba.hex(0xB8C0C8), 0.28,
            Rgba.hex(0x22272D), Rgba.hex(0x9AA4AF), Rgba.hex(0xE3E7EB), new Rgba(34, 39, 45, 235), Rgba.hex(0xFFFFFF),
            new Rgba(30, 34, 39, 240), Rgba.hex(0x3A3229), Rgba.hex(0x1E2226), OKABE_ITO, 1.0);

    /** Black on white with heavy lines, for projectors in lit classrooms. */
    public static final Theme HIGH_CONTRAST = new Theme("High contrast", Rgba.WHITE, Rgba.BLACK, Rgba.BLACK, 0.10,
            Rgba.WHITE, Rgba.BLACK, Rgba.BLACK, Rgba.WHITE, Rgba.BLACK, Rgba.WHITE, Rgba.hex(0xE8E0D0),
            Rgba.hex(0xF4F4F4), OKABE_ITO_DARK, 1.0);

    /** Checks the scale and freezes the side colours. */
    public Theme {
        if (fontScale <= 0) {
            throw new IllegalArgumentException("Font scale must be positive");
        }
        sides = Map.copyOf(sides);
    }

    private static Map<Side, Rgba> okabeIto() {
        Map<Side, Rgba> colours = new HashMap<>();
        colours.put(Side.UKRAINE, Rgba.hex(0x0072B2));
        colours.put(Side.RUSSIA, Rgba.hex(0xD55E00));
        colours.put(Side.TURKEY, Rgba.hex(0x009E73));
        colours.put(Side.UNITED_STATES, Rgba.hex(0xCC79A7));
        colours.put(Side.EUROPE_NATO, Rgba.hex(0xE69F00));
        colours.put(Side.OTHER, Rgba.hex(0x7F7F7F));
        return colours;
    }

    /** The Okabe–Ito hues darkened where needed so that each stands at least 4.5 : 1 against white. */
    private static Map<Side, Rgba> okabeItoDark() {
        Map<Side, Rgba> colours = new HashMap<>();
        colours.put(Side.UKRAINE, Rgba.hex(0x0072B2));
        colours.put(Side.RUSSIA, Rgba.hex(0xA64A00));
        colours.put(Side.TURKEY, Rgba.hex(0x00775A));
        colours.put(Side.UNITED_STATES, Rgba.hex(0xA2487E));
        colours.put(Side.EUROPE_NATO, Rgba.hex(0x8F6200));
        colours.put(Side.OTHER, Rgba.hex(0x595959));
        return colours;
    }

    /** The same theme with type scaled by {@code scale}. */
    public Theme withFontScale(double scale) {
        return new Theme(name, background, text, mutedText, cardTint, cardBase, edge, edgeLabelText, labelBackground,
                selection, panel, tableFill, zoneFill, sides, scale);
    }

    /**
     * The theme a picture on a white or transparent page is drawn in: a dark theme's light counterpart, with the same
     * type, so that names, links and notes stay dark on the paper or document the picture goes on; other themes as
     * they are.
     */
    public Theme onPaper() {
        return dark() ? LIGHT.withFontScale(fontScale) : this;
    }

    /** Whether this theme draws light text on a dark page. */
    public boolean dark() {
        return background.luminance() < 0.2;
    }

    /**
     * The colour of a side: a known camp's own, or for a map's own sides the next of six further hues in the order the
     * map names them (darkened in the high-contrast theme, as the known camps are), round again after the sixth.
     */
    public Rgba side(Side side) {
        Rgba known = sides.get(side);
        if (known != null) {
            return known;
        }
        List<Rgba> own = sides.equals(OKABE_ITO_DARK) ? OWN_SIDES_DARK : OWN_SIDES;
        return own.get(Math.max(0, side.order() - Side.KNOWN.size()) % own.size());
    }

    /** A card's fill: the side colour mixed into the card base. */
    public Rgba cardFill(Side side) {
        Rgba colour = side(side);
        return new Rgba(mix(cardBase.red(), colour.red()), mix(cardBase.green(), colour.green()),
                mix(cardBase.blue(), colour.blue()), 255);
    }

    private int mix(int base, int tint) {
        return (int) Math.round(base + (tint - base) * cardTint);
    }

    /** The font of actor names. */
    public FontSpec nameFont() {
        return FontSpec.bold(15 * fontScale);
    }

    /** The font of the role line under a name. */
    public FontSpec roleFont() {
        return FontSpec.regular(12 * fontScale);
    }

    /** The font of edge labels. */
    public FontSpec edgeFont() {
        return FontSpec.regular(11.5 * fontScale);
    }

    /** The font of legend and caption text. */
    public FontSpec overlayFont() {
        return FontSpec.regular(13 * fontScale);
    }

    /** The font of source captions and notes, the smallest type of a picture's bands. */
    public FontSpec noteFont() {
        return FontSpec.regular(13 * 0.92 * fontScale);
    }

    /** The font of zone and table captions. */
    public FontSpec zoneFont() {
        return FontSpec.bold(16 * fontScale);
    }
}
