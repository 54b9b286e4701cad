package app.parley.render.scene;

import java.util.Arrays;

/**
 * How a line is drawn.
 *
 * @param color  colour
 * @param width  width in surface units before scaling
 * @param dashes dash and gap lengths, or empty for a solid line
 */
public record Stroke(Rgba color, double width, double[] dashes) {

    /** Copies the dashes. */
    public Stroke {
        dashes = dashes.clone();
    }

    /** A solid line. */
    public static Stroke solid(Rgba color, double width) {
        return new Stroke(color, width, new double[0]);
    }

    /** The dash and gap lengths (a copy). */
    @Override
    public double[] dashes() {
        return dashes.clone();
    }

    /** The same line {@code factor} times as wide, its dashes and gaps as many times as long. */
    public Stroke scaledBy(double factor) {
        if (!(factor > 0)) {
            throw new IllegalArgumentException("A stroke's scale must be positive");
        }
        double[] scaled = dashes.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= factor;
        }
        return new Stroke(color, width * factor, scaled);
    }

    /** Whether the line is dashed. */
    public boolean dashed() {
        return dashes.length > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Stroke s && s.color.equals(color) && s.width == width && Arrays.equals(s.dashes, dashes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * color.hashCode() + Double.hashCode(width)) + Arrays.hashCode(dashes);
    }

    @Override
    public String toString() {
        return "Stroke[" + color + ", " + width + ", " + Arrays.toString(dashes) + "]";
    }
}
