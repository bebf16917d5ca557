package dev.cfnguard.internal.regex;

/**
 * Thrown when a backtracking search gives up: it read more characters than its step budget allows, or
 * nested deeper than the thread's stack. The reference gives up on such searches too (after a million
 * backtracks), with an error.
 */
public final class RegexBudgetExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pattern;

    private RegexBudgetExceededException(String pattern, String message) {
        super(message, null, false, false);
        this.pattern = pattern;
    }

    static RegexBudgetExceededException steps(String pattern, long budget) {
        return new RegexBudgetExceededException(pattern,
                "matching /" + pattern + "/ took more than " + budget + " backtracking steps");
    }

    static RegexBudgetExceededException stack(String pattern) {
        return new RegexBudgetExceededException(pattern,
                "matching /" + pattern + "/ backtracked deeper than the stack allows");
    }

    /** The pattern, as written. */
    public String pattern() {
        return pattern;
    }
}
