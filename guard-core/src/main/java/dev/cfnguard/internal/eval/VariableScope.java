package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.AccessQuery;
import dev.cfnguard.internal.ast.FunctionExpr;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scope that defines variables: the file scope and every block. Query and function variables are
 * evaluated on first use and remembered for the life of the scope.
 */
abstract class VariableScope extends EvalContext {

    private final Assignments assignments;
    /** Variables evaluated so far (and keys captured into them); made on first use, as most scopes have none. */
    private Map<String, List<QueryResult>> resolved;

    /** The file scope. */
    VariableScope(Assignments assignments, Session session, Value root) {
        super(session, root);
        this.assignments = assignments;
    }

    /** A block's scope. */
    VariableScope(Assignments assignments, EvalContext parent, Value root) {
        super(parent, root, false);
        this.assignments = assignments;
    }

    @Override
    List<QueryResult> query(List<dev.cfnguard.internal.ast.QueryPart> query) {
        return session().resolver().retrieve(0, query, root(), this, null);
    }

    Map<String, List<QueryResult>> resolved() {
        if (resolved == null) {
            resolved = new HashMap<>();
        }
        return resolved;
    }

    /** Called when no scope up to this one defines the variable. */
    abstract List<QueryResult> resolveUndefined(String name);

    @Override
    List<QueryResult> resolveVariable(String name) {
        if (assignments == Assignments.NONE && resolved == null) {
            return resolveUndefined(name); // most blocks define nothing
        }
        List<QueryResult> literal = assignments.literals().get(name);
        if (literal != null) {
            return literal;
        }
        List<QueryResult> known = resolved == null ? null : resolved.get(name);
        if (known != null) {
            return List.copyOf(known);
        }
        FunctionExpr function = assignments.functions().get(name);
        if (function != null) {
            List<QueryResult> result = session().builtins().call(function, this);
            resolved().put(name, new ArrayList<>(result));
            return result;
        }
        AccessQuery query = assignments.queries().get(name);
        if (query == null) {
            return resolveUndefined(name);
        }
        List<QueryResult> result = session().recording()
                ? session().resolver().retrieve(0, query.parts(), root(), this, null)
                : session().statuses().select(query.parts(), this);
        if (!query.matchAll()) {
            // "some" keeps only what resolved
            result = result.stream().filter(r -> r instanceof QueryResult.Resolved).toList();
        }
        resolved().put(name, new ArrayList<>(result));
        return result;
    }
}
