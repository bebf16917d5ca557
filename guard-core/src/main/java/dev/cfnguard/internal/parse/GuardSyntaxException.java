package dev.cfnguard.internal.parse;

import java.util.List;

/**
 * Thrown by {@link RulesParser} when a rules file is not valid Guard. Carries every diagnostic that
 * was found, in source order; its message is the first one, on one line. Immutable.
 */
public final class GuardSyntaxException extends RuntimeException {

    private final transient List<SyntaxDiagnostic> diagnostics;

    GuardSyntaxException(List<SyntaxDiagnostic> diagnostics) {
        super(diagnostics.get(0).format(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** All diagnostics, at least one, in source order. */
    public List<SyntaxDiagnostic> diagnostics() {
        return diagnostics;
    }
}
