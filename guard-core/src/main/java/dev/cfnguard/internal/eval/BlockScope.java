package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.LetExpr;
import dev.cfnguard.internal.value.Value;
import java.util.List;

/** The scope of a block: its own {@code let}s over a root value; everything else goes to the parent. */
final class BlockScope extends VariableScope implements NestedScope {

    private final EvalContext parent;

    BlockScope(List<LetExpr> lets, Value root, EvalContext parent) {
        super(Assignments.of(lets), root);
        this.parent = parent;
    }

    @Override
    public EvalContext parent() {
        return parent;
    }

    @Override
    List<QueryResult> resolveUndefined(String name) {
        return parent.resolveVariable(name);
    }
}
