package app.parley.render.raster;

import app.parley.render.scene.Rgba;

/** The pixels rasters are made of: a colour at some opacity, alone or composed over an opaque colour under it. */
final class Shades {

    private Shades() {
    }

    /**
     * {@code colour} at opacity {@code alpha} (0 to 255) as a premultiplied ARGB pixel: over {@code under}, an opaque
     * colour, the opaque pixel the two make; without it ({@code null}), the translucent pixel itself.
     */
    static int over(Rgba colour, int alpha, Rgba under) {
        int red = colour.red() * alpha / 255;
        int green = colour.green() * alpha / 255;
        int blue = colour.blue() * alpha / 255;
        if (under == null) {
            return (alpha << 24) | (red << 16) | (green << 8) | blue;
        }
        int keep = 255 - alpha;
        return 0xFF000000 | ((red + under.red() * keep / 255) << 16) | ((green + under.green() * keep / 255) << 8)
                | (blue + under.blue() * keep / 255);
    }
}
