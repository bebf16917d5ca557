package dev.cfnguard.internal.report;

/**
 * A report that cannot be produced. {@link #panics()} tells whether the reference crashes on the same
 * input (exit code 101) rather than reporting an error (exit code 255); the message is ours in the first
 * case and the reference's error text in the second.
 */
public final class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean panics;

    private ReportException(String message, boolean panics) {
        super(message, null, false, false);
        this.panics = panics;
    }

    /** The reference crashes here. */
    static ReportException panic(String message) {
        return new ReportException(message, true);
    }

    /** The reference stops with this error message. */
    static ReportException error(String message) {
        return new ReportException(message, false);
    }

    public boolean panics() {
        return panics;
    }
}
