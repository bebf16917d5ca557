package dev.cfnguard.internal.tree;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Renders doubles as Rust does: {@link #ryu} as serde_json and serde_yaml print numbers
 * ({@code 1500.0}, {@code 1e16}, {@code 1.5e-7}) and {@link #display} as Rust's {@code {}} formatting
 * ({@code 2}, {@code 0.00000015}). Both use the shortest digits that read back as the same double.
 */
final class RustFloats {

    private RustFloats() {}

    static String ryu(double value) {
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int length = digits.length();
        int exponent = -shortest.scale();          // value = digits * 10^exponent
        int point = length + exponent;             // position of the decimal point in digits
        StringBuilder out = new StringBuilder(value < 0 ? "-" : "");
        if (exponent >= 0 && point <= 16) {
            out.append(digits).append("0".repeat(exponent)).append(".0");
        } else if (point > 0 && point <= 16) {
            out.append(digits, 0, point).append('.').append(digits, point, length);
        } else if (point > -5 && point <= 0) {
            out.append("0.").append("0".repeat(-point)).append(digits);
        } else if (length == 1) {
            out.append(digits).append('e').append(point - 1);
        } else {
            out.append(digits.charAt(0)).append('.').append(digits, 1, length).append('e').append(point - 1);
        }
        return out.toString();
    }

    static String display(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0" : "0";
        }
        String plain = shortest(Math.abs(value)).toPlainString();
        return value < 0 ? "-" + plain : plain;
    }

    /** The shortest decimal that converts back to {@code value}, without trailing zeros. */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
