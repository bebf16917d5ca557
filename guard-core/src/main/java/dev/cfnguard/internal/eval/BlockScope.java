package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.ParameterizedRule;
import dev.cfnguard.internal.ast.LetExpr;
import dev.cfnguard.internal.value.Value;
import java.util.List;

/** The scope of a block: its own {@code let}s over a root value; everything else goes to the parent. */
final class BlockScope extends VariableScope {

    private final EvalContext parent;

    BlockScope(List<LetExpr> lets, Value root, EvalContext parent) {
        super(Assignments.of(lets), root);
        this.parent = parent;
    }

    @Override
    List<QueryResult> resolveUndefined(String name) {
        return parent.resolveVariable(name);
    }

    @Override
    public ParameterizedRule findParameterizedRule(String name) {
        return parent.findParameterizedRule(name);
    }

    @Override
    public Status ruleStatus(String ruleName) {
        return parent.ruleStatus(ruleName);
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
