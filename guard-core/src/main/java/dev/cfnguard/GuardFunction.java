package dev.cfnguard;

import java.util.List;

/**
 * A function written in Java that rules can call by the name it is registered under
 * ({@link Guard.Builder#function(String, int, GuardFunction)}), like the built-in {@code count} or
 * {@code to_lower}: {@code let names = my_function(Resources.*.Properties.Name)}. The reference
 * {@code cfn-guard} knows no such functions, so rules that use them only run on engines that register them.
 *
 * <p>Implementations must be thread-safe and should be pure: one rule set may evaluate many documents at
 * once, and a function is called once per call site per evaluation.
 */
@FunctionalInterface
public interface GuardFunction {

    /**
     * Computes the values of one call.
     *
     * @param arguments one list per argument, holding the values that argument selected (a literal gives
     *                  one value, a query as many as it matched), as plain Java: {@code Map}, {@code List},
     *                  {@code String}, {@code Long}, {@code Double}, {@code Boolean} or {@code null}
     * @return the call's values in the same plain Java types (any {@code Number} is accepted); an empty
     *         list when there are none. A {@code null} element is dropped.
     * @throws RuntimeException to stop the evaluation: it becomes a {@link GuardEvaluationException}
     */
    List<?> apply(List<List<Object>> arguments);
}
