package dev.cfnguard;

import dev.cfnguard.internal.document.LoadLimits;
import dev.cfnguard.internal.eval.EvalLimits;
import dev.cfnguard.internal.parse.RulesParser;

/**
 * Bounds that keep hostile input from exhausting time, memory or the stack. A document over a limit fails
 * to load with a {@link GuardDocumentException}; rules nested too deeply fail to compile with a
 * {@link GuardSyntaxException}; a regular expression search over its budget, or rules that reference each
 * other too deeply, end the evaluation with a {@link GuardEvaluationException}. The defaults and how the
 * command line sets them are in SECURITY.md. Immutable and thread-safe; the {@code with} methods return copies.
 */
public final class Limits {

    private static final Limits DEFAULTS =
            new Limits(LoadLimits.DEFAULT, EvalLimits.DEFAULT, RulesParser.DEFAULT_MAX_NESTING);

    private final LoadLimits load;
    private final EvalLimits eval;
    private final int maxRuleNesting;

    private Limits(LoadLimits load, EvalLimits eval, int maxRuleNesting) {
        this.load = load;
        this.eval = eval;
        this.maxRuleNesting = maxRuleNesting;
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
        return eval.regexStepBudget();
    }

    /**
     * @return how deeply named-rule references, and parameterized-rule calls, may nest while a rule is
     *         evaluated; deeper (or a cycle of named rules) ends the evaluation with a
     *         {@link GuardEvaluationException}
     */
    public int maxRuleDepth() {
        return eval.maxRuleDepth();
    }

    /**
     * @return the deepest nesting of braces, brackets and parentheses accepted in a rules text; deeper is a
     *         {@link GuardSyntaxException}
     */
    public int maxRuleNesting() {
        return maxRuleNesting;
    }

    /**
     * @param bytes the new limit, positive
     * @return a copy with that document size limit
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public Limits withMaxDocumentBytes(long bytes) {
        return new Limits(load.withMaxInputChars(bytes), eval, maxRuleNesting);
    }

    /**
     * @param depth the new limit, positive
     * @return a copy with that nesting limit
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public Limits withMaxDepth(int depth) {
        return new Limits(load.withMaxDepth(depth), eval, maxRuleNesting);
    }

    /**
     * @param nodes the new limit, positive
     * @return a copy with that node limit
     * @throws IllegalArgumentException if {@code nodes} is not positive
     */
    public Limits withMaxNodes(long nodes) {
        return new Limits(load.withMaxNodes(nodes), eval, maxRuleNesting);
    }

    /**
     * @param steps the new budget, positive
     * @return a copy with that regular expression budget
     * @throws IllegalArgumentException if {@code steps} is not positive
     */
    public Limits withRegexStepBudget(long steps) {
        return new Limits(load, eval.withRegexStepBudget(steps), maxRuleNesting);
    }

    /**
     * @param depth the new limit, positive
     * @return a copy with that rule depth limit
     * @throws IllegalArgumentException if {@code depth} is not positive
     */
    public Limits withMaxRuleDepth(int depth) {
        return new Limits(load, eval.withMaxRuleDepth(depth), maxRuleNesting);
    }

    /**
     * @param nesting the new limit, positive
     * @return a copy with that rules nesting limit
     * @throws IllegalArgumentException if {@code nesting} is not positive
     */
    public Limits withMaxRuleNesting(int nesting) {
        if (nesting <= 0) {
            throw new IllegalArgumentException("the rules nesting limit must be positive: " + nesting);
        }
        return new Limits(load, eval, nesting);
    }

    LoadLimits load() {
        return load;
    }

    EvalLimits eval() {
        return eval;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Limits that && load.equals(that.load) && eval.equals(that.eval)
                && maxRuleNesting == that.maxRuleNesting;
    }

    @Override
    public int hashCode() {
        return (load.hashCode() * 31 + eval.hashCode()) * 31 + maxRuleNesting;
    }

    @Override
    public String toString() {
        return "Limits[maxDocumentBytes=" + maxDocumentBytes() + ", maxDepth=" + maxDepth() + ", maxNodes="
                + maxNodes() + ", regexStepBudget=" + regexStepBudget() + ", maxRuleDepth=" + maxRuleDepth()
                + ", maxRuleNesting=" + maxRuleNesting + "]";
    }
}
