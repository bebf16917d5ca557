package dev.cfnguard.internal.document;

/** Text checks with Rust's notion of whitespace, which the reference uses to call a file empty. */
public final class UnicodeText {

    private UnicodeText() {
    }

    /** True when every character has the Unicode White_Space property (Rust's {@code str::trim}). */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isWhiteSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} without leading and trailing White_Space characters (Rust's {@code str::trim}). */
    public static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isWhiteSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isWhiteSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    // Java's Character.isWhitespace differs: it excludes no-break spaces and includes U+001C..U+001F.
    private static boolean isWhiteSpace(char c) {
        return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }
}
