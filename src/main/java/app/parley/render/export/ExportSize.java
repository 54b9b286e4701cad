package app.parley.render.export;

/**
 * How large an exported picture should be: a multiple of its size on screen, a width and/or height in pixels, or a
 * printed width at a resolution. {@link ExportFrame} turns it into exact pixel dimensions and the resolution written
 * into the file; a size too large to write is refused, never silently shrunk.
 */
public sealed interface ExportSize permits ExportSize.Scale, ExportSize.Pixels, ExportSize.Print {

    /** Pixels per inch of a 1x picture: the resolution screens are assumed to have. */
    double SCREEN_DPI = 96;

    /** The largest resolution accepted, in pixels per inch. */
    double MAX_DPI = 4800;

    /**
     * The resolution to record (a PNG's pHYs chunk) when the picture is drawn at {@code scale} output pixels per
     * screen pixel.
     */
    double dpiAt(double scale);

    /** The same request with the recorded resolution set to {@code dpi}; the pixel size does not change. */
    ExportSize withDpi(double dpi);

    /** A multiple of the size on screen: 1, 2, 4… */
    static ExportSize scale(double factor) {
        return new Scale(factor, 0);
    }

    /** Exactly {@code width} pixels wide (0: from the height) and {@code height} high (0: from the width). */
    static ExportSize pixels(int width, int height) {
        return new Pixels(width, height, 0);
    }

    /** {@code width} on paper at {@code dpi} pixels per inch (150, 300, 600 for print). */
    static ExportSize print(PrintLength width, double dpi) {
        return new Print(width, dpi);
    }

    /**
     * A multiple of the size on screen.
     *
     * @param factor output pixels per screen pixel, positive
     * @param dpi    resolution to record, or 0 for {@value #SCREEN_DPI} times the factor (so the picture prints at
     *               its size on screen)
     */
    record Scale(double factor, double dpi) implements ExportSize {

        /** Checks the factor and resolution. */
        public Scale {
            if (!(factor > 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("Scale must be a positive number, not " + factor);
            }
            checkDpi(dpi, true);
        }

        @Override
        public double dpiAt(double scale) {
            return dpi > 0 ? dpi : SCREEN_DPI * scale;
        }

        @Override
        public ExportSize withDpi(double newDpi) {
            return new Scale(factor, newDpi);
        }
    }

    /**
     * An exact pixel width, height or both. With one of them the other follows from the picture's proportions; with
     * both the picture is exactly that size, its drawing scaled to fit and centred.
     *
     * @param width  pixels wide, or 0 to follow the height
     * @param height pixels high, or 0 to follow the width
     * @param dpi    resolution to record, or 0 for {@value #SCREEN_DPI} times the resulting scale
     */
    record Pixels(int width, int height, double dpi) implements ExportSize {

        /** Checks that at least one side is given and neither is negative. */
        public Pixels {
            if (width < 0 || height < 0) {
                throw new IllegalArgumentException("Pixel sizes must not be negative: " + width + " x " + height);
            }
            if (width == 0 && height == 0) {
                throw new IllegalArgumentException("Give a pixel width, a height or both");
            }
            checkDpi(dpi, true);
        }

        @Override
        public double dpiAt(double scale) {
            return dpi > 0 ? dpi : SCREEN_DPI * scale;
        }

        @Override
        public ExportSize withDpi(double newDpi) {
            return new Pixels(width, height, newDpi);
        }
    }

    /**
     * A printed width at a resolution: {@code 20cm} at 300 dpi is 2362 pixels wide and records 300 dpi.
     *
     * @param width the width on paper
     * @param dpi   pixels per inch
     */
    record Print(PrintLength width, double dpi) implements ExportSize {

        /** Checks the width and resolution. */
        public Print {
            if (width == null) {
                throw new IllegalArgumentException("A printed size needs a width");
            }
            checkDpi(dpi, false);
            if (width.pixelsAt(dpi) < 1) {
                throw new IllegalArgumentException(width + " at " + dpi + " dpi is less than one pixel");
            }
        }

        /** The pixel width: the printed width times the resolution. */
        public int pixelWidth() {
            long pixels = width.pixelsAt(dpi);
            if (pixels > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(width + " at " + dpi + " dpi is " + pixels
                        + " pixels wide, far more than any picture can be");
            }
            return (int) pixels;
        }

        @Override
        public double dpiAt(double scale) {
            return dpi;
        }

        @Override
        public ExportSize withDpi(double newDpi) {
            return new Print(width, newDpi);
        }
    }

    private static void checkDpi(double dpi, boolean zeroAllowed) {
        if (zeroAllowed && dpi == 0) {
            return;
        }
        if (!(dpi > 0) || dpi > MAX_DPI) {
            throw new IllegalArgumentException("Resolution must be between 1 and " + (int) MAX_DPI + " dpi, not "
                    + dpi);
        }
    }
}
