package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.regex.RustRegex;
import java.util.Map;

/**
 * What an {@link Evaluator} is configured with besides its rules. Immutable.
 *
 * @param regexStepBudget how many characters one backtracking regex search may read before the clause
 *                        that runs it fails with an {@link EvaluationException}
 * @param functions       functions added to the language, by name; a built-in's name is not allowed
 */
public record EvaluationSettings(long regexStepBudget, Map<String, ExtensionFunction> functions) {

    /** The reference's language, with {@link RustRegex#DEFAULT_STEP_BUDGET}. */
    public static final EvaluationSettings DEFAULT =
            new EvaluationSettings(RustRegex.DEFAULT_STEP_BUDGET, Map.of());

    public EvaluationSettings {
        if (regexStepBudget <= 0) {
            throw new IllegalArgumentException("the regex step budget must be positive: " + regexStepBudget);
        }
        functions = Map.copyOf(functions);
        for (String name : functions.keySet()) {
            if (isBuiltinFunction(name)) {
                throw new IllegalArgumentException("'" + name + "' is a built-in function and cannot be replaced");
            }
        }
    }

    /** Whether {@code name} is one of the reference's functions, which cannot be replaced. */
    public static boolean isBuiltinFunction(String name) {
        return Builtins.isBuiltin(name);
    }

    public EvaluationSettings withRegexStepBudget(long budget) {
        return new EvaluationSettings(budget, functions);
    }
}
