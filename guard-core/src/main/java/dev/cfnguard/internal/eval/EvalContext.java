package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.ParameterizedRule;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.value.Value;
import java.util.List;

/**
 * A scope of an evaluation: what {@code this} is, how variables resolve, where records go. Scopes nest
 * (file, block, value, parameterized-rule call); each asks its parent for what it does not hold itself.
 * Not thread-safe: one chain of scopes belongs to one evaluation.
 */
interface EvalContext {

    /** Runs a query from this scope's root value. */
    List<QueryResult> query(List<QueryPart> query);

    /** @throws EvaluationException (MISSING_VALUE) when there is no parameterized rule of that name */
    ParameterizedRule findParameterizedRule(String name);

    /** The value {@code this} refers to here. */
    Value root();

    /** The status of a named rule, evaluating it on first use. */
    Status ruleStatus(String ruleName);

    /** @throws EvaluationException (MISSING_VALUE) when the variable is not defined in any scope */
    List<QueryResult> resolveVariable(String name);

    /** Adds a map key captured by a query ({@code *[ name | ... ]}) to the variable {@code name}. */
    void addVariableCaptureKey(String name, Value key);

    void startRecord(String context);

    /** The scope that takes the records of this scope and of the scopes inside it. */
    default EvalContext recordTaker() {
        return this;
    }

    void endRecord(String context, RecordType record);

    /** What is shared by every scope of this evaluation. */
    Session session();

    /** How many parameterized-rule calls enclose this scope (0 outside any call). */
    int callDepth();
}
