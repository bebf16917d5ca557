package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.regex.RustRegex;

/**
 * Bounds that keep hostile rules from hanging an evaluation or overflowing its stack. Immutable.
 *
 * @param regexStepBudget how many characters one backtracking regex search may read before the clause that
 *                        runs it fails with an {@link EvaluationException}
 * @param maxRuleDepth    how deeply named-rule references, and separately parameterized-rule calls, may nest
 *                        while one rule is evaluated; beyond it (and on any cycle of named rules) evaluation
 *                        stops with an {@link EvaluationException} of kind {@code PANIC}, where the
 *                        reference overflows its stack
 */
public record EvalLimits(long regexStepBudget, int maxRuleDepth) {

    /** Real rule sets nest a handful of levels; 100 stays well inside a 512 KiB thread stack. */
    public static final EvalLimits DEFAULT = new EvalLimits(RustRegex.DEFAULT_STEP_BUDGET, 100);

    public EvalLimits {
        if (regexStepBudget < 1 || maxRuleDepth < 1) {
            throw new IllegalArgumentException("evaluation limits must be positive");
        }
    }

    public EvalLimits withRegexStepBudget(long value) {
        return new EvalLimits(value, maxRuleDepth);
    }

    public EvalLimits withMaxRuleDepth(int value) {
        return new EvalLimits(regexStepBudget, value);
    }
}
