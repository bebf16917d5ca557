package dev.cfnguard;

import dev.cfnguard.internal.document.LoadLimits;
import dev.cfnguard.internal.regex.RustRegex;

/**
 * Bounds that keep hostile input from exhausting time or memory. A document over a limit fails to load with
 * a {@link GuardDocumentException}; a regular expression search over its budget ends the evaluation with a
 * {@link GuardEvaluationException}. Immutable and thread-safe; the {@code with} methods return copies.
 */
public final class Limits {

    private static final Limits DEFAULTS = new Limits(LoadLimits.DEFAULT, RustRegex.DEFAULT_STEP_BUDGET);

    private final LoadLimits load;
    private final long regexStepBudget;

    private Limits(LoadLimits load, long regexStepBudget) {
        this.load = load;
        this.regexStepBudget = regexStepBudget;
    }

    /** @return the defaults, which the command line uses too (see SECURITY.md) */
    public static Limits defaults() {
        return DEFAULTS;
    }

    /** @return the largest document accepted, in bytes for files and streams, in characters for strings */
    public long maxDocumentBytes() {
        return load.maxInputChars();
    }

    /** @return the deepest nesting of mappings and sequences accepted in a document */
    public int maxDepth() {
        return load.maxDepth();
    }

    /** @return the most nodes (scalars, mappings, sequences) accepted in one document */
    public long maxNodes() {
        return load.maxNodes();
    }

    /**
     * @return how many characters one search of a backtracking regular expression (look-around,
     *         backreferences) may read; other expressions run in linear time and need no budget
     */
    public long regexStepBudget() {
        return regexStepBudget;
    }

    /**
     * @param bytes the new limit, positive
     * @return a copy with that document size limit
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public Limits withMaxDocumentBytes(long bytes) {
        return new Limits(load.withMaxInputChars(bytes), regexStepBudget);
    }

    /**
     * @param depth the new limit, positive
     * @return a copy with that nesting limit
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public Limits withMaxDepth(int depth) {
        return new Limits(load.withMaxDepth(depth), regexStepBudget);
    }

    /**
     * @param nodes the new limit, positive
     * @return a copy with that node limit
     * @throws IllegalArgumentException if {@code nodes} is not positive
     */
    public Limits withMaxNodes(long nodes) {
        return new Limits(load.withMaxNodes(nodes), regexStepBudget);
    }

    /**
     * @param steps the new budget, positive
     * @return a copy with that regular expression budget
     * @throws IllegalArgumentException if {@code steps} is not positive
     */
    public Limits withRegexStepBudget(long steps) {
        if (steps <= 0) {
            throw new IllegalArgumentException("the regex step budget must be positive: " + steps);
        }
        return new Limits(load, steps);
    }

    LoadLimits load() {
        return load;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Limits that && load.equals(that.load) && regexStepBudget == that.regexStepBudget;
    }

    @Override
    public int hashCode() {
        return load.hashCode() * 31 + Long.hashCode(regexStepBudget);
    }

    @Override
    public String toString() {
        return "Limits[maxDocumentBytes=" + maxDocumentBytes() + ", maxDepth=" + maxDepth() + ", maxNodes="
                + maxNodes() + ", regexStepBudget=" + regexStepBudget + "]";
    }
}
