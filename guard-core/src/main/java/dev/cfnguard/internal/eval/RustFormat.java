package dev.cfnguard.internal.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number and string formatting exactly as the reference's language prints them: {@code {}} (Display)
 * and {@code {:?}} (Debug) of floats, strings and characters. Stateless.
 */
public final class RustFormat {
    private RustFormat() {}

    /** A float as {@code {}} prints it: shortest round-trip digits, never an exponent, no ".0". */
    public static String floatDisplay(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return isNegativeZero(value) ? "-0" : "0";
        }
        return shortest(value).stripTrailingZeros().toPlainString();
    }

    /** A float as {@code {:?}} prints it: like Display but with ".0" or an exponent when very large/small. */
    public static String floatDebug(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return isNegativeZero(value) ? "-0.0" : "0.0";
        }
        double abs = Math.abs(value);
        BigDecimal digits = shortest(value).stripTrailingZeros();
        if (abs < 1e-4 || abs >= 1e16) {
            String unscaled = digits.unscaledValue().abs().toString();
            int exponent = unscaled.length() - 1 - digits.scale();
            StringBuilder out = new StringBuilder();
            if (value < 0) {
                out.append('-');
            }
            out.append(unscaled.charAt(0));
            if (unscaled.length() > 1) {
                out.append('.').append(unscaled, 1, unscaled.length());
            }
            return out.append('e').append(exponent).toString();
        }
        String plain = digits.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    private static boolean isNegativeZero(double value) {
        return Double.doubleToRawLongBits(value) != 0L;
    }

    /** The shortest decimal that reads back as {@code value}, the closest one among equals. */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return rounded;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /** A string as {@code {:?}} prints it, quotes included. */
    public static String stringDebug(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(cp -> appendEscaped(out, cp, false));
        return out.append('"').toString();
    }

    /** A character as {@code {:?}} prints it, quotes included. */
    public static String charDebug(char value) {
        StringBuilder out = new StringBuilder(4).append('\'');
        appendEscaped(out, value, true);
        return out.append('\'').toString();
    }

    private static void appendEscaped(StringBuilder out, int cp, boolean inChar) {
        switch (cp) {
            case '\t' -> out.append("\\t");
            case '\r' -> out.append("\\r");
            case '\n' -> out.append("\\n");
            case '\\' -> out.append("\\\\");
            case 0 -> out.append("\\0");
            case '"' -> out.append(inChar ? "\"" : "\\\"");
            case '\'' -> out.append(inChar ? "\\'" : "'");
            default -> {
                if (isPrintable(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append("\\u{").append(Integer.toHexString(cp)).append('}');
                }
            }
        }
    }

    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                 Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
