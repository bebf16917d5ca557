package dev.cfnguard.cli;

/**
 * Blank-text test with the Unicode {@code White_Space} property, which the reference uses (Rust's
 * {@code str::trim}); {@link String#isBlank()} differs on a few characters, e.g. U+00A0 and U+001C.
 */
final class Whitespace {
    private Whitespace() {}

    static boolean isBlank(String text) {
        return text.codePoints().allMatch(Whitespace::isWhiteSpace);
    }

    static boolean isWhiteSpace(int c) {
        return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }
}
