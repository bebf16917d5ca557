package dev.cfnguard.internal.eval;

/**
 * A rule, block or clause compiled by the {@link StatusEvaluator} for one place in the rules: its status in a
 * scope, settled without records. Implementations are immutable (bar caches that are safe to race on).
 */
@FunctionalInterface
interface StatusCheck {
    Status eval(EvalContext context);
}
