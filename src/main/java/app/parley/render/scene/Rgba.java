package app.parley.render.scene;

/**
 * A colour with straight (not premultiplied) alpha, each channel 0 to 255.
 *
 * @param red   red
 * @param green green
 * @param blue  blue
 * @param alpha opacity, 255 opaque
 */
public record Rgba(int red, int green, int blue, int alpha) {

    /** Opaque white. */
    public static final Rgba WHITE = new Rgba(255, 255, 255, 255);
    /** Opaque black. */
    public static final Rgba BLACK = new Rgba(0, 0, 0, 255);
    /** Fully transparent. */
    public static final Rgba TRANSPARENT = new Rgba(0, 0, 0, 0);

    /** Checks every channel is in 0..255. */
    public Rgba {
        for (int channel : new int[] {red, green, blue, alpha}) {
            if (channel < 0 || channel > 255) {
                throw new IllegalArgumentException("Colour channels must be in 0..255");
            }
        }
    }

    /** An opaque colour from {@code 0xRRGGBB}. */
    public static Rgba hex(int rgb) {
        return new Rgba((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 255);
    }

    /** The same colour with opacity {@code opacity} (0 to 1). */
    public Rgba withOpacity(double opacity) {
        return new Rgba(red, green, blue, (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255));
    }

    /** The opacity from 0 to 1. */
    public double opacity() {
        return alpha / 255.0;
    }

    /** {@code #rrggbb}, for CSS and SVG. */
    public String webHex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    /** Packed {@code 0xAARRGGBB}. */
    public int argb() {
        return (alpha << 24) | (red << 16) | (green << 8) | blue;
    }

    /** Relative luminance (WCAG), 0 for black to 1 for white. */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
