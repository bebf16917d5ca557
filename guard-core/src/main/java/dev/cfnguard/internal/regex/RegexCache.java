package dev.cfnguard.internal.regex;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles each distinct pattern once, with one step budget for all. Thread-safe; an instance is meant
 * to live as long as the rules it serves (it is not a process-wide cache). Patterns that fail to
 * compile are remembered too, and fail again with the same message.
 */
public final class RegexCache {

    private final long stepBudget;
    private final Map<String, Object> compiled = new ConcurrentHashMap<>();

    /** A cache whose patterns have {@link RustRegex#DEFAULT_STEP_BUDGET}. */
    public RegexCache() {
        this(RustRegex.DEFAULT_STEP_BUDGET);
    }

    /**
     * @param stepBudget how many characters one backtracking operation may read before giving up
     * @throws IllegalArgumentException if the budget is not positive
     */
    public RegexCache(long stepBudget) {
        if (stepBudget <= 0) {
            throw new IllegalArgumentException("the regex step budget must be positive: " + stepBudget);
        }
        this.stepBudget = stepBudget;
    }

    /**
     * @throws RegexSyntaxException when the pattern cannot be compiled
     */
    public RustRegex get(String rustPattern) {
        Object entry = compiled.get(rustPattern);
        if (entry == null) {
            entry = compile(rustPattern);
        }
        if (entry instanceof RegexSyntaxException e) {
            throw new RegexSyntaxException(e.pattern(), e.getMessage());
        }
        return (RustRegex) entry;
    }

    private Object compile(String rustPattern) {
        return compiled.computeIfAbsent(rustPattern, pattern -> {
            try {
                return RustRegex.compile(pattern, stepBudget);
            } catch (RegexSyntaxException e) {
                return e;
            }
        });
    }
}
