package app.parley.render.export;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed length such as {@code 20cm}, {@code 180mm} or {@code 8in}: how wide a picture should come out on paper.
 *
 * @param value the number, positive
 * @param unit  its unit
 */
public record PrintLength(double value, Unit unit) {

    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d+(?:[.,]\\d+)?)\\s*(cm|mm|in|inch|inches|\")\\s*",
            Pattern.CASE_INSENSITIVE);

    /** A unit of printed length. */
    public enum Unit {
        /** Centimetres. */
        CM("cm", 1 / 2.54),
        /** Millimetres. */
        MM("mm", 1 / 25.4),
        /** Inches. */
        IN("in", 1);

        private final String symbol;
        private final double inches;

        Unit(String symbol, double inches) {
            this.symbol = symbol;
            this.inches = inches;
        }

        /** The symbol written after the number ("cm"), as SVG and CSS spell it. */
        public String symbol() {
            return symbol;
        }

        /** How many inches one of this unit is. */
        public double inches() {
            return inches;
        }
    }

    /** Checks the value. */
    public PrintLength {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("A printed length must be positive, not " + value);
        }
        if (unit == null) {
            throw new IllegalArgumentException("A printed length needs a unit (cm, mm or in)");
        }
    }

    /** Reads {@code 20cm}, {@code 20 cm}, {@code 180mm}, {@code 8in} or {@code 8.5"}; a decimal comma is accepted. */
    public static PrintLength parse(String text) {
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("A printed length is a number and a unit such as 20cm, 180mm or 8in, "
                    + "not '" + text + "'");
        }
        double value = Double.parseDouble(matcher.group(1).replace(',', '.'));
        String unit = matcher.group(2).toLowerCase(Locale.ROOT);
        return new PrintLength(value, switch (unit) {
            case "cm" -> Unit.CM;
            case "mm" -> Unit.MM;
            default -> Unit.IN;
        });
    }

    /** The length in inches. */
    public double inches() {
        return value * unit.inches();
    }

    /** How many pixels this length holds at {@code dpi} pixels per inch, rounded to the nearest pixel. */
    public long pixelsAt(double dpi) {
        return Math.round(inches() * dpi);
    }

    /** The length written back, {@code 20cm} or {@code 8.5in}. */
    @Override
    public String toString() {
        String number = value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
        return number + unit.symbol();
    }
}
