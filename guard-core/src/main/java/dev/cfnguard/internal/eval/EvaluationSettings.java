package dev.cfnguard.internal.eval;

import java.util.Map;

/**
 * What an {@link Evaluator} is configured with besides its rules. Immutable.
 *
 * @param limits    the bounds on regex searches and rule nesting
 * @param functions functions added to the language, by name; a built-in's name is not allowed
 */
public record EvaluationSettings(EvalLimits limits, Map<String, ExtensionFunction> functions) {

    /** The reference's language, with {@link EvalLimits#DEFAULT}. */
    public static final EvaluationSettings DEFAULT = new EvaluationSettings(EvalLimits.DEFAULT, Map.of());

    public EvaluationSettings {
        java.util.Objects.requireNonNull(limits, "limits");
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
}
