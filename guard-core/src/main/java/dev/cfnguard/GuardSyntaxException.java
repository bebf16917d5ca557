package dev.cfnguard;

import java.util.List;
import java.util.Objects;

/**
 * A rules text that is not valid Guard. Carries every problem found, in source order; the message is the
 * first one.
 */
public final class GuardSyntaxException extends GuardException {

    private static final long serialVersionUID = 1L;

    /**
     * One syntax error.
     *
     * @param fileName the name the rules were compiled under
     * @param line     1-based line
     * @param column   1-based column, counted in characters
     * @param message  what is wrong, on one line
     */
    public record Diagnostic(String fileName, int line, int column, String message) {
        /**
         * Checks that no component is null.
         *
         * @param fileName as described above
         * @param line as described above
         * @param column as described above
         * @param message as described above
         */
        public Diagnostic {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(message, "message");
        }
    }

    private final transient List<Diagnostic> diagnostics;
    /** The reference's wording. */
    private final String referenceMessage;

    GuardSyntaxException(String message, List<Diagnostic> diagnostics, String referenceMessage) {
        super(message);
        this.diagnostics = List.copyOf(diagnostics);
        this.referenceMessage = referenceMessage;
    }

    /** @return every diagnostic, at least one, in source order */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * The message the reference {@code cfn-guard} prints for this input, where it differs from ours
     * (used by the command-line front end to stay byte-identical).
     *
     * @return the reference's wording, or our message when we do not know a different one
     */
    public String referenceMessage() {
        return referenceMessage;
    }
}
