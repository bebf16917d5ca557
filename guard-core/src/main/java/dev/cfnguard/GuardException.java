package dev.cfnguard;

/**
 * The root of every exception the engine throws on purpose. Unchecked: rules that do not parse, documents
 * that do not load and evaluations the reference would stop are errors of the input, which an application
 * usually reports and moves on from. Rule outcomes (PASS, FAIL, SKIP) are never exceptions; they are
 * {@link ValidationResult}s.
 */
public class GuardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message one line describing the problem, naming the input where known */
    public GuardException(String message) {
        super(message);
    }

    /**
     * @param message one line describing the problem, naming the input where known
     * @param cause   the underlying failure
     */
    public GuardException(String message, Throwable cause) {
        super(message, cause);
    }
}
