package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.value.Value;
import java.util.List;

/** A scope whose {@code this} is one selected value; it defines nothing itself. */
final class ValueScope implements NestedScope {

    private final Value root;
    private final EvalContext parent;
    private final EvalContext recordTaker;
    private final Session session;

    ValueScope(Value root, EvalContext parent) {
        this.root = root;
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
    public List<QueryResult> query(List<QueryPart> query) {
        // The reference resolves these queries with the parent as context, only the start value changes.
        return session.resolver().retrieve(0, query, root, parent, null);
    }

    @Override
    public Value root() {
        return root;
    }
}
