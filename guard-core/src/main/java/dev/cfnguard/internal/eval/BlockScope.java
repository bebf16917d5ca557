package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.value.Value;
import java.util.List;

/** The scope of a block: its own {@code let}s over a root value; everything else goes to the parent. */
final class BlockScope extends VariableScope implements NestedScope {

    private final EvalContext parent;
    private final EvalContext recordTaker;
    private final Session session;

    BlockScope(Assignments assignments, Value root, EvalContext parent) {
        super(assignments, root);
        this.parent = parent;
        this.recordTaker = parent.recordTaker();
        this.session = parent.session();
    }

    @Override
    public EvalContext parent() {
        return parent;
    }

    @Override
    public EvalContext recordTaker() {
        return recordTaker;
    }

    @Override
    public Session session() {
        return session;
    }

    @Override
    List<QueryResult> resolveUndefined(String name) {
        return parent.resolveVariable(name);
    }
}
