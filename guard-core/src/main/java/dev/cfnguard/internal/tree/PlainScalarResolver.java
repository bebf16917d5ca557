package dev.cfnguard.internal.tree;

import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether a string written as a plain YAML scalar would read back as something else (null, a
 * boolean, an integer or a float), following serde_yaml's rules; such strings must be quoted.
 */
final class PlainScalarResolver {

    private static final Set<String> NULLS = Set.of("null", "Null", "NULL", "~");
    private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");
    private static final Set<String> INFINITIES = Set.of(".inf", ".Inf", ".INF");
    private static final Set<String> NANS = Set.of(".nan", ".NaN", ".NAN");
    private static final Set<String> NEGATIVE_INFINITIES = Set.of("-.inf", "-.Inf", "-.INF");
    // Rust's f64 grammar, without inf/nan, which are not finite and so stay strings.
    private static final Pattern RUST_FLOAT =
            Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final BigInteger U128_MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
    private static final BigInteger I128_MIN = BigInteger.ONE.shiftLeft(127).negate();

    private PlainScalarResolver() {}

    static boolean readsAsNonString(String text) {
        return text.isEmpty() || NULLS.contains(text) || BOOLEANS.contains(text) || isInteger(text)
                || (!digitsButNotNumber(text) && isFloat(text));
    }

    /** Leading zeros followed by digits make a string in YAML 1.2 ({@code 0123}). */
    private static boolean digitsButNotNumber(String text) {
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        return unsigned.length() > 1 && unsigned.startsWith("0") && unsigned.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isInteger(String text) {
        return unsignedInteger(text) || negativeInteger(text);
    }

    private static boolean unsignedInteger(String text) {
        String unpositive = text.startsWith("+") ? text.substring(1) : text;
        for (String[] radix : new String[][] {{"0x", "16"}, {"0o", "8"}, {"0b", "2"}}) {
            if (unpositive.startsWith(radix[0])) {
                String rest = unpositive.substring(2);
                if (rest.startsWith("+") || rest.startsWith("-")) {
                    return false;
                }
                if (fitsUnsigned(rest, Integer.parseInt(radix[1]))) {
                    return true;
                }
            }
        }
        if (unpositive.startsWith("+") || unpositive.startsWith("-") || digitsButNotNumber(text)) {
            return false;
        }
        return fitsUnsigned(unpositive, 10);
    }

    private static boolean negativeInteger(String text) {
        for (String[] radix : new String[][] {{"-0x", "16"}, {"-0o", "8"}, {"-0b", "2"}}) {
            if (text.startsWith(radix[0]) && fitsSigned("-" + text.substring(3), Integer.parseInt(radix[1]))) {
                return true;
            }
        }
        return !digitsButNotNumber(text) && fitsSigned(text, 10);
    }

    /** Rust's {@code u128::from_str_radix}: an optional {@code +}, then digits. */
    private static boolean fitsUnsigned(String digits, int radix) {
        String body = digits.startsWith("+") ? digits.substring(1) : digits;
        BigInteger value = parse(body, radix);
        return value != null && value.compareTo(U128_MAX) <= 0;
    }

    /** Rust's {@code i128::from_str_radix}: an optional sign, then digits. */
    private static boolean fitsSigned(String digits, int radix) {
        boolean negative = digits.startsWith("-");
        String body = negative || digits.startsWith("+") ? digits.substring(1) : digits;
        BigInteger value = parse(body, radix);
        if (value == null) {
            return false;
        }
        return negative ? value.negate().compareTo(I128_MIN) >= 0 : value.compareTo(U128_MAX.shiftRight(1)) <= 0;
    }

    private static BigInteger parse(String body, int radix) {
        if (body.isEmpty() || body.chars().anyMatch(c -> Character.digit(c, radix) < 0 || c > 'z')) {
            return null;
        }
        return new BigInteger(body, radix);
    }

    private static boolean isFloat(String text) {
        String unpositive = text;
        if (text.startsWith("+")) {
            unpositive = text.substring(1);
            if (unpositive.startsWith("+") || unpositive.startsWith("-")) {
                return false;
            }
        }
        if (INFINITIES.contains(unpositive) || NEGATIVE_INFINITIES.contains(text) || NANS.contains(text)) {
            return true;
        }
        return RUST_FLOAT.matcher(unpositive).matches() && Double.isFinite(Double.parseDouble(unpositive));
    }
}
