package dev.cfnguard.internal.document;

import java.math.BigInteger;

/**
 * How the reference reads an untagged plain scalar of a test file (serde_yaml 0.9's YAML 1.2 core
 * schema): null words and the empty scalar, {@code true}/{@code True}/{@code TRUE} and the false forms,
 * integers in decimal, {@code 0x}, {@code 0o}, {@code 0b} (but not decimals with leading zeros), floats
 * including {@code .inf} and {@code .nan}, else a string. Data files use {@link RustScalars} instead.
 */
final class SerdeYamlScalars {

    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final BigInteger U128_MAX = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

    private SerdeYamlScalars() {
    }

    /** The scalar is an integer beyond 64 bits that serde_yaml reads but the reference's value type refuses. */
    static final class UnsupportedInteger extends Exception {
        UnsupportedInteger() {
            super(null, null, false, false);
        }
    }

    static SerdeValue resolvePlain(String text) throws UnsupportedInteger {
        if (text.isEmpty() || isNullWord(text)) {
            return new SerdeValue.Null();
        }
        Boolean bool = parseBool(text);
        if (bool != null) {
            return new SerdeValue.Bool(bool);
        }
        SerdeValue integer = parseInteger(text);
        if (integer != null) {
            return integer;
        }
        if (!digitsButNotNumber(text)) {
            Double real = parseFloat(text);
            if (real != null) {
                return new SerdeValue.Float(real);
            }
        }
        return new SerdeValue.Str(text);
    }

    static boolean isNullWord(String text) {
        return text.equals("null") || text.equals("Null") || text.equals("NULL") || text.equals("~");
    }

    static Boolean parseBool(String text) {
        switch (text) {
            case "true":
            case "True":
            case "TRUE":
                return Boolean.TRUE;
            case "false":
            case "False":
            case "FALSE":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /**
     * An integer as serde_yaml reads it: u64, then negative i64; a larger one that fits 128 bits is
     * {@link UnsupportedInteger}; null when the text is no integer.
     */
    static SerdeValue parseInteger(String text) throws UnsupportedInteger {
        BigInteger unsigned = parseUnsigned(text);
        if (unsigned != null && unsigned.compareTo(U64_MAX) <= 0) {
            return new SerdeValue.Int(unsigned.longValue(), true);
        }
        BigInteger signed = parseNegative(text);
        if (signed != null && signed.bitLength() < 64) {
            return new SerdeValue.Int(signed.longValue(), false);
        }
        if ((unsigned != null && unsigned.compareTo(U128_MAX) <= 0) || (signed != null && signed.bitLength() < 128)) {
            throw new UnsupportedInteger();
        }
        return null;
    }

    /** An unsigned integer of any size in the accepted notations, or null. */
    private static BigInteger parseUnsigned(String text) {
        String unpositive = text.startsWith("+") ? text.substring(1) : text;
        for (String prefix : new String[] {"0x", "0o", "0b"}) {
            if (unpositive.startsWith(prefix)) {
                String rest = unpositive.substring(2);
                if (rest.startsWith("+") || rest.startsWith("-")) {
                    return null;
                }
                BigInteger value = digits(rest, radixOf(prefix), true);
                if (value != null) {
                    return value;
                }
            }
        }
        if (unpositive.startsWith("+") || unpositive.startsWith("-") || digitsButNotNumber(text)) {
            return null;
        }
        return digits(unpositive, 10, true);
    }

    /** A signed integer given with a leading '-' (or any decimal i64 text), or null. */
    private static BigInteger parseNegative(String text) {
        for (String prefix : new String[] {"-0x", "-0o", "-0b"}) {
            if (text.startsWith(prefix)) {
                BigInteger value = signedDigits("-" + text.substring(3), radixOf(prefix.substring(1)));
                if (value != null) {
                    return value;
                }
            }
        }
        if (digitsButNotNumber(text)) {
            return null;
        }
        return signedDigits(text, 10);
    }

    private static int radixOf(String prefix) {
        return prefix.equals("0x") ? 16 : prefix.equals("0o") ? 8 : 2;
    }

    /** Rust's from_str_radix for a signed type: one optional sign, then digits. */
    private static BigInteger signedDigits(String text, int radix) {
        if (text.startsWith("-")) {
            BigInteger magnitude = digits(text.substring(1), radix, false);
            return magnitude == null ? null : magnitude.negate();
        }
        return digits(text, radix, true);
    }

    /** Rust's from_str_radix digits: an optional '+' when allowed, then at least one digit of the radix. */
    private static BigInteger digits(String text, int radix, boolean plusAllowed) {
        String body = plusAllowed && text.startsWith("+") ? text.substring(1) : text;
        if (body.isEmpty()) {
            return null;
        }
        for (int i = 0; i < body.length(); i++) {
            if (Character.digit(body.charAt(i), radix) < 0 || body.charAt(i) > 'z') {
                return null;
            }
        }
        return new BigInteger(body, radix);
    }

    /** Leading zeros followed by digits ({@code 007}) are a string in YAML 1.2. */
    static boolean digitsButNotNumber(String text) {
        String body = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (body.length() <= 1 || body.charAt(0) != '0') {
            return false;
        }
        for (int i = 1; i < body.length(); i++) {
            if (body.charAt(i) < '0' || body.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** serde_yaml's float forms: {@code .inf}, {@code -.inf}, {@code .nan} and Rust's finite floats. */
    static Double parseFloat(String text) {
        String unpositive = text;
        if (text.startsWith("+")) {
            unpositive = text.substring(1);
            if (unpositive.startsWith("+") || unpositive.startsWith("-")) {
                return null;
            }
        }
        switch (unpositive) {
            case ".inf":
            case ".Inf":
            case ".INF":
                return Double.POSITIVE_INFINITY;
            default:
                break;
        }
        switch (text) {
            case "-.inf":
            case "-.Inf":
            case "-.INF":
                return Double.NEGATIVE_INFINITY;
            case ".nan":
            case ".NaN":
            case ".NAN":
                return Double.NaN;
            default:
                break;
        }
        Double value = RustScalars.parseF64(unpositive);
        return value != null && Double.isFinite(value) ? value : null;
    }
}
