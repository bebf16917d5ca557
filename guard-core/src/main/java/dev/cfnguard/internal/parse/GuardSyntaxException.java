package dev.cfnguard.internal.parse;

import java.util.List;
import java.util.Optional;

/**
 * Thrown by {@link RulesParser} when a rules file is not valid Guard. Carries every diagnostic that
 * was found, in source order; its message is the first one, on one line. Immutable.
 */
public final class GuardSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<SyntaxDiagnostic> diagnostics;
    private final String referenceMessage;

    GuardSyntaxException(List<SyntaxDiagnostic> diagnostics, String referenceMessage) {
        super(diagnostics.get(0).format(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
        this.referenceMessage = referenceMessage;
    }

    /**
     * The reference's own wording of this failure, where we can tell where its parser stops (a comparison
     * whose value does not parse); empty otherwise. Commands that print parse errors on stdout use it.
     */
    public Optional<String> referenceMessage() {
        return Optional.ofNullable(referenceMessage);
    }

    /** All diagnostics, at least one, in source order. */
    public List<SyntaxDiagnostic> diagnostics() {
        return diagnostics;
    }
}
