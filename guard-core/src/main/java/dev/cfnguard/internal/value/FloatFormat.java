package dev.cfnguard.internal.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Renders doubles exactly as the reference's Rust code does. Both forms use the shortest decimal that
 * reads back as the same double (Java 17's {@code Double.toString} is not always shortest):
 * <ul>
 *   <li>{@link #json(double)}: serde_json (ryu) — {@code 2.0}, {@code 0.0005}, {@code 1e20}, {@code 1.5e-7};</li>
 *   <li>{@link #display(double)}: Rust's {@code {}} — {@code 2}, {@code 0.0005}, {@code 100000000000000000000},
 *       {@code inf}, {@code NaN};</li>
 *   <li>{@link #debug(double)}: Rust's {@code {:?}} — {@code 2.0}, {@code 0.0005}, {@code 1e20}, {@code 1e-5}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class FloatFormat {

    private FloatFormat() {
    }

    /**
     * serde_json's text for a finite double.
     *
     * @throws IllegalArgumentException for infinities and NaN, which JSON cannot hold
     */
    public static String json(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return isNegative(value) ? "-0.0" : "0.0";
        }
        Decimal decimal = Decimal.shortest(value);
        String digits = decimal.digits;
        int length = digits.length();
        int exponent = decimal.exponent;
        int pointAt = length + exponent; // value = 0.digits * 10^pointAt
        StringBuilder out = new StringBuilder(length + 8);
        if (value < 0) {
            out.append('-');
        }
        if (exponent >= 0 && pointAt <= 16) {
            out.append(digits).append("0".repeat(exponent)).append(".0");
        } else if (pointAt > 0 && pointAt <= 16) {
            out.append(digits, 0, pointAt).append('.').append(digits, pointAt, length);
        } else if (pointAt > -5 && pointAt <= 0) {
            out.append("0.").append("0".repeat(-pointAt)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (length > 1) {
                out.append('.').append(digits, 1, length);
            }
            out.append('e').append(pointAt - 1);
        }
        return out.toString();
    }

    /** Rust's {@code Display} text for a double: never an exponent, no fraction for whole numbers. */
    public static String display(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return isNegative(value) ? "-0" : "0";
        }
        Decimal decimal = Decimal.shortest(value);
        String digits = decimal.digits;
        int pointAt = digits.length() + decimal.exponent;
        StringBuilder out = new StringBuilder();
        if (value < 0) {
            out.append('-');
        }
        if (decimal.exponent >= 0) {
            out.append(digits).append("0".repeat(decimal.exponent));
        } else if (pointAt > 0) {
            out.append(digits, 0, pointAt).append('.').append(digits, pointAt, digits.length());
        } else {
            out.append("0.").append("0".repeat(-pointAt)).append(digits);
        }
        return out.toString();
    }

    /** Rust's {@code Debug} text for a double: a ".0" on whole numbers, an exponent when very large or small. */
    public static String debug(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return display(value);
        }
        if (value == 0) {
            return isNegative(value) ? "-0.0" : "0.0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-4 && magnitude < 1e16) {
            String plain = display(value);
            return plain.indexOf('.') >= 0 ? plain : plain + ".0";
        }
        Decimal decimal = Decimal.shortest(value);
        String digits = decimal.digits;
        StringBuilder out = new StringBuilder(value < 0 ? "-" : "").append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        return out.append('e').append(digits.length() + decimal.exponent - 1).toString();
    }

    private static boolean isNegative(double value) {
        return Double.doubleToRawLongBits(value) < 0;
    }

    /** A positive decimal {@code digits × 10^exponent} with no trailing zero in {@code digits}. */
    private record Decimal(String digits, int exponent) {

        /** The shortest decimal that parses back to {@code value}; among equally short ones, the nearest. */
        static Decimal shortest(double value) {
            BigDecimal exact = new BigDecimal(Math.abs(value));
            double magnitude = Math.abs(value);
            for (int precision = 1; precision < 17; precision++) {
                BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
                if (nearest.doubleValue() == magnitude) {
                    return of(nearest);
                }
                // Next to a power of two the interval that reads back is lopsided: a farther candidate may fit.
                for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                    BigDecimal candidate = exact.round(new MathContext(precision, mode));
                    if (candidate.doubleValue() == magnitude) {
                        return of(candidate);
                    }
                }
            }
            return of(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
        }

        private static Decimal of(BigDecimal number) {
            BigDecimal stripped = number.stripTrailingZeros();
            return new Decimal(stripped.unscaledValue().toString(), -stripped.scale());
        }
    }
}
