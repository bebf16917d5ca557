package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.ParameterizedRule;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.value.Value;
import java.util.List;

/**
 * A scope inside another: everything it does not override is its parent's. An interface rather than a
 * base class so that a scope that also defines variables ({@link BlockScope}) can extend
 * {@link VariableScope}.
 */
interface NestedScope extends EvalContext {

    /** The enclosing scope. */
    EvalContext parent();

    /**
     * The scope that takes this scope's records: the nearest enclosing one that handles them itself. Kept
     * by each scope when it is made, as is the session, so that neither climbs the chain of scopes.
     */
    @Override
    EvalContext recordTaker();

    @Override
    default List<QueryResult> query(List<QueryPart> query) {
        return parent().query(query);
    }

    @Override
    default ParameterizedRule findParameterizedRule(String name) {
        return parent().findParameterizedRule(name);
    }

    @Override
    default Value root() {
        return parent().root();
    }

    @Override
    default Status ruleStatus(String ruleName) {
        return parent().ruleStatus(ruleName);
    }

    @Override
    default List<QueryResult> resolveVariable(String name) {
        return parent().resolveVariable(name);
    }

    @Override
    default void addVariableCaptureKey(String name, Value key) {
        parent().addVariableCaptureKey(name, key);
    }

    @Override
    default void startRecord(String context) {
        recordTaker().startRecord(context);
    }

    @Override
    default void endRecord(String context, RecordType record) {
        recordTaker().endRecord(context, record);
    }

    @Override
    default int callDepth() {
        return parent().callDepth();
    }
}
