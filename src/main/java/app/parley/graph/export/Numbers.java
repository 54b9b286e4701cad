package app.parley.graph.export;

import java.math.BigDecimal;

/** Numbers as the formats want them: plain decimals, at most two places, never an exponent. */
final class Numbers {

    private Numbers() {
    }

    /** {@code value} rounded to two decimals, without exponent or trailing zeros ("12.5", "-3", "0"). */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Not a finite number: " + value);
        }
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == 0) {
            return "0";
        }
        return BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }
}
