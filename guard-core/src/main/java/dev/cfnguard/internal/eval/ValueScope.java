package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.value.Value;
import java.util.List;

/** A scope whose {@code this} is one selected value; it defines nothing itself. */
final class ValueScope extends EvalContext {

    ValueScope(Value root, EvalContext parent) {
        super(parent, root, false);
    }

    @Override
    List<QueryResult> query(List<QueryPart> query) {
        // The reference resolves these queries with the parent as context, only the start value changes.
        return session().resolver().retrieve(0, query, root(), parent(), null);
    }
}
