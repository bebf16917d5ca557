package dev.cfnguard;

/**
 * An evaluation that stopped with an error instead of an outcome, as the reference's does: an unknown
 * variable or function, a function given arguments of the wrong type, a regular expression that does not
 * compile or that exhausted its step budget ({@link Limits#regexStepBudget()}), a rule that depends on itself.
 */
public final class GuardEvaluationException extends GuardException {

    private static final long serialVersionUID = 1L;

    /** Whether the reference crashes here. */
    private final boolean referencePanics;

    GuardEvaluationException(String message, boolean referencePanics) {
        super(message);
        this.referencePanics = referencePanics;
    }

    /** @return true where the reference crashes on this input instead of reporting it */
    public boolean referencePanics() {
        return referencePanics;
    }
}
