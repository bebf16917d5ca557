package dev.cfnguard.internal.fuzz;

/** What every error a fuzz target accepts must look like. */
final class FuzzChecks {
    private FuzzChecks() {}

    /** An error message for people: present and on one line (no stack trace, no embedded report). */
    static void oneLine(String message) {
        if (message == null || message.isEmpty()) {
            throw new AssertionError("an error without a message");
        }
    }
}
