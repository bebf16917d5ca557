package dev.cfnguard.internal.testing;

/** An error that stops a test run; the reference prints the message after "Error occurred " (exit 255). */
public final class TestRunException extends Exception {
    private static final long serialVersionUID = 1L;

    public TestRunException(String message) {
        super(message);
    }
}
