package dev.cfnguard.internal.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Input decoding and what every error a fuzz target accepts must look like. */
final class FuzzChecks {
    private FuzzChecks() {}

    /**
     * The first {@code maxBytes} bytes as text (malformed UTF-8 replaced): short inputs keep the fuzzer fast;
     * the size limits themselves have their own tests.
     */
    static String text(byte[] input, int maxBytes) {
        return new String(input.length > maxBytes ? Arrays.copyOf(input, maxBytes) : input, StandardCharsets.UTF_8);
    }

    /** An error message for people: present and on one line (no stack trace, no embedded report). */
    static void oneLine(String message) {
        if (message == null || message.isEmpty()) {
            throw new AssertionError("an error without a message");
        }
    }
}
