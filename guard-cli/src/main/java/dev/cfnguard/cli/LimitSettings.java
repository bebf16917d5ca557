package dev.cfnguard.cli;

import dev.cfnguard.Limits;
import java.util.Map;

/**
 * The resource limits of a run, read from environment variables: the command line must stay the reference's,
 * so it has no options for them. Each variable holds a positive whole number; unset or empty means the
 * default. Immutable.
 *
 * @param maxDocumentBytes {@value #MAX_DOCUMENT_BYTES}: largest rules, data or template file (or stdin) read
 * @param maxDepth         {@value #MAX_DEPTH}: deepest nesting of a data document
 * @param maxNodes         {@value #MAX_NODES}: most values in one data document, aliases expanded
 * @param regexStepBudget  {@value #REGEX_STEP_BUDGET}: steps one backtracking regex search may take
 * @param maxRuleDepth     {@value #MAX_RULE_DEPTH}: deepest nesting of named-rule references and of
 *                         parameterized-rule calls during evaluation
 * @param maxRuleNesting   {@value #MAX_RULE_NESTING}: deepest nesting of braces, brackets and parentheses in a
 *                         rules file
 */
public record LimitSettings(long maxDocumentBytes, int maxDepth, long maxNodes, long regexStepBudget,
                            int maxRuleDepth, int maxRuleNesting) {

    public static final String MAX_DOCUMENT_BYTES = "CFN_GUARD_MAX_DOCUMENT_BYTES";
    public static final String MAX_DEPTH = "CFN_GUARD_MAX_DEPTH";
    public static final String MAX_NODES = "CFN_GUARD_MAX_NODES";
    public static final String REGEX_STEP_BUDGET = "CFN_GUARD_REGEX_STEP_BUDGET";
    public static final String MAX_RULE_DEPTH = "CFN_GUARD_MAX_RULE_DEPTH";
    public static final String MAX_RULE_NESTING = "CFN_GUARD_MAX_RULE_NESTING";

    /** The defaults of the engine's limits. */
    public static final LimitSettings DEFAULT = new LimitSettings(Limits.defaults().maxDocumentBytes(),
            Limits.defaults().maxDepth(), Limits.defaults().maxNodes(), Limits.defaults().regexStepBudget(),
            Limits.defaults().maxRuleDepth(), Limits.defaults().maxRuleNesting());

    /** The settings of this process's environment. */
    public static LimitSettings current() {
        return fromEnvironment(System.getenv());
    }

    /**
     * @throws IllegalArgumentException with a one-line message naming the variable, when a value is not a
     *                                  positive whole number in range
     */
    public static LimitSettings fromEnvironment(Map<String, String> env) {
        return new LimitSettings(
                number(env, MAX_DOCUMENT_BYTES, DEFAULT.maxDocumentBytes, Long.MAX_VALUE),
                (int) number(env, MAX_DEPTH, DEFAULT.maxDepth, Integer.MAX_VALUE),
                number(env, MAX_NODES, DEFAULT.maxNodes, Long.MAX_VALUE),
                number(env, REGEX_STEP_BUDGET, DEFAULT.regexStepBudget, Long.MAX_VALUE),
                (int) number(env, MAX_RULE_DEPTH, DEFAULT.maxRuleDepth, Integer.MAX_VALUE),
                (int) number(env, MAX_RULE_NESTING, DEFAULT.maxRuleNesting, Integer.MAX_VALUE));
    }

    /** The engine's limits with these values. */
    public Limits limits() {
        return Limits.defaults().withMaxDocumentBytes(maxDocumentBytes).withMaxDepth(maxDepth).withMaxNodes(maxNodes)
                .withRegexStepBudget(regexStepBudget).withMaxRuleDepth(maxRuleDepth)
                .withMaxRuleNesting(maxRuleNesting);
    }

    private static long number(Map<String, String> env, String name, long fallback, long max) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new IllegalArgumentException("invalid value `" + text + "` for " + name
                + ": expected a whole number from 1 to " + max);
    }
}
