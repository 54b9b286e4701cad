package app.parley.render.scene;

/**
 * A font as the painter asks for it.
 *
 * @param family font family name
 * @param size   size in surface units (pixels at scale 1)
 * @param bold   whether bold
 */
public record FontSpec(String family, double size, boolean bold) {

    /** The family Parley ships and uses everywhere, so screen, PNG and SVG measure text alike. */
    public static final String FAMILY = "DejaVu Sans";

    /** Checks the size. */
    public FontSpec {
        if (size <= 0) {
            throw new IllegalArgumentException("Font size must be positive");
        }
    }

    /** The shipped family at {@code size}. */
    public static FontSpec regular(double size) {
        return new FontSpec(FAMILY, size, false);
    }

    /** The shipped family, bold, at {@code size}. */
    public static FontSpec bold(double size) {
        return new FontSpec(FAMILY, size, true);
    }
}
