package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.ParameterizedRule;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.value.Value;
import java.util.List;

/** A scope whose {@code this} is one selected value; it defines nothing itself. */
final class ValueScope implements EvalContext {

    private final Value root;
    private final EvalContext parent;

    ValueScope(Value root, EvalContext parent) {
        this.root = root;
        this.parent = parent;
    }

    @Override
    public List<QueryResult> query(List<QueryPart> query) {
        // The reference resolves these queries with the parent as context, only the start value changes.
        return parent.session().resolver().retrieve(0, query, root, parent, null);
    }

    @Override
    public ParameterizedRule findParameterizedRule(String name) {
        return parent.findParameterizedRule(name);
    }

    @Override
    public Value root() {
        return root;
    }

    @Override
    public Status ruleStatus(String ruleName) {
        return parent.ruleStatus(ruleName);
    }

    @Override
    public List<QueryResult> resolveVariable(String name) {
        return parent.resolveVariable(name);
    }

    @Override
    public void addVariableCaptureKey(String name, Value key) {
        parent.addVariableCaptureKey(name, key);
    }

    @Override
    public void startRecord(String context) {
        parent.startRecord(context);
    }

    @Override
    public void endRecord(String context, RecordType record) {
        parent.endRecord(context, record);
    }

    @Override
    public Session session() {
        return parent.session();
    }

    @Override
    public int callDepth() {
        return parent.callDepth();
    }
}
