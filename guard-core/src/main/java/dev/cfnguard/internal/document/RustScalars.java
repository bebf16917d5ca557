package dev.cfnguard.internal.document;

import java.util.Locale;

/**
 * Text-to-number rules of Rust's {@code str::parse}, which the reference applies to plain scalars of
 * data files. They are stricter than Java's ({@code Long.parseLong} accepts no {@code +}-less oddities
 * but {@code Double.parseDouble} accepts {@code 1d}, {@code 0x1p3} and surrounding blanks), so every
 * text is checked against Rust's grammar before Java converts it.
 */
final class RustScalars {

    private RustScalars() {
    }

    /** An optional sign and at least one ASCII digit, in range; otherwise {@code null}. */
    static Long parseI64(String text) {
        int start = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        if (start == text.length() || !allDigits(text, start, text.length())) {
            return null;
        }
        try {
            // Long.parseLong accepts exactly this shape, including a leading '+'.
            return Long.parseLong(text);
        } catch (NumberFormatException overflow) {
            return null;
        }
    }

    /**
     * Rust's float grammar: optional sign, then {@code inf}, {@code infinity} or {@code nan} in any case,
     * or digits with an optional fraction (either side of the point may be empty, not both) and an
     * optional exponent. Out-of-range values become infinities or zero, as in Rust.
     */
    static Double parseF64(String text) {
        int i = text.startsWith("+") || text.startsWith("-") ? 1 : 0;
        boolean negative = text.startsWith("-");
        if (mayLowerTo(text, i, 'i', 'n')) {
            String rest = text.substring(i).toLowerCase(Locale.ROOT);
            if (rest.equals("inf") || rest.equals("infinity")) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            if (rest.equals("nan")) {
                return Double.NaN;
            }
        }
        int n = text.length();
        int intStart = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        int intDigits = i - intStart;
        int fracDigits = 0;
        if (i < n && text.charAt(i) == '.') {
            i++;
            int fracStart = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            fracDigits = i - fracStart;
        }
        if (intDigits + fracDigits == 0) {
            return null;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int expStart = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                return null;
            }
        }
        if (i != n) {
            return null;
        }
        // The text now has a shape on which Java and Rust agree, both rounding correctly.
        return Double.parseDouble(text);
    }

    /** Exactly {@code true} or {@code false}. */
    static Boolean parseBool(String text) {
        if (text.equals("true")) {
            return Boolean.TRUE;
        }
        if (text.equals("false")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /** The reference lower-cases the text and compares it with {@code ~} and {@code null}. */
    static boolean isNull(String text) {
        return text.equals("~") || mayLowerTo(text, 0, 'n', 'n') && text.toLowerCase(Locale.ROOT).equals("null");
    }

    /**
     * False when the text's lower case cannot begin, at {@code at}, with {@code first} or {@code second}:
     * an ASCII character other than those two letters in either case. Most plain scalars are rejected this
     * way without lower-casing them (a non-ASCII character may lower-case to ASCII, so it is not rejected).
     */
    private static boolean mayLowerTo(String text, int at, char first, char second) {
        if (at >= text.length()) {
            return true;
        }
        char c = text.charAt(at);
        if (c >= 0x80) {
            return true;
        }
        char lower = Character.toLowerCase(c);
        return lower == first || lower == second;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
