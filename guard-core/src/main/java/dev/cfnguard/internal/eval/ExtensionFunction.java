package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.value.Value;
import java.util.List;

/**
 * A function the embedding application adds to the rules language. The reference knows none, so a rules
 * file that calls one is an error there; here it is one only when nothing by that name is registered.
 * Implementations must be thread-safe: one compiled rule set may evaluate documents concurrently.
 */
public interface ExtensionFunction {

    /** How many arguments a call must pass. */
    int arity();

    /**
     * Computes the call's values.
     *
     * @param arguments one list per argument: the values its literal, query or nested call produced
     * @return the values of the call, in order; none is fine
     * @throws RuntimeException anything thrown ends the evaluation with an {@link EvaluationException}
     */
    List<Value> apply(List<List<Value>> arguments);
}
