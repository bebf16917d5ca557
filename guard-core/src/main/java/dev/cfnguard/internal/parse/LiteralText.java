package dev.cfnguard.internal.parse;

import java.util.OptionalLong;

/**
 * Decodes the text of literal tokens the way the reference reads them. Only the delimiter can be
 * escaped: a backslash right before a quote (in strings) or a slash (in regexes) is dropped, every
 * other backslash is kept as written.
 */
final class LiteralText {

    private LiteralText() {}

    /** The content of a quoted string token, quotes removed and escaped quotes resolved. */
    static String string(String token) {
        char quote = token.charAt(0);
        return token.substring(1, token.length() - 1).replace("\\" + quote, String.valueOf(quote));
    }

    /** The pattern of a regex token, slashes removed and escaped slashes resolved. */
    static String regex(String token) {
        return token.substring(1, token.length() - 1).replace("\\/", "/");
    }

    /** The message between {@code <<} and {@code >>}, exactly as written. */
    static String message(String token) {
        return token.substring(2, token.length() - 2);
    }

    /**
     * An integer token as a 64-bit value; empty when it does not fit. The magnitude must fit on its
     * own, so the most negative long is out of range, as in the reference.
     */
    static OptionalLong integer(String token) {
        boolean negative = token.startsWith("-");
        try {
            long magnitude = Long.parseLong(negative ? token.substring(1) : token);
            return OptionalLong.of(negative ? -magnitude : magnitude);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
