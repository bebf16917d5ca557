package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.AccessQuery;
import dev.cfnguard.internal.ast.FunctionExpr;
import dev.cfnguard.internal.ast.LetExpr;
import dev.cfnguard.internal.ast.LetValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code let} assignments of one scope, split by kind; a later assignment to the same name replaces
 * an earlier one of the same kind. Immutable.
 */
record Assignments(Map<String, List<QueryResult>> literals, Map<String, AccessQuery> queries,
                   Map<String, FunctionExpr> functions) {

    static final Assignments NONE = new Assignments(Map.of(), Map.of(), Map.of());

    static Assignments of(List<LetExpr> lets) {
        // A literal resolves to the same one-element result every time it is used.
        Map<String, List<QueryResult>> literals = new HashMap<>();
        Map<String, AccessQuery> queries = new HashMap<>();
        Map<String, FunctionExpr> functions = new HashMap<>();
        for (LetExpr let : lets) {
            LetValue value = let.value();
            if (value instanceof LetValue.Literal literal) {
                literals.put(let.name(), List.of(new QueryResult.Literal(literal.value())));
            } else if (value instanceof LetValue.Query query) {
                queries.put(let.name(), query.query());
            } else {
                functions.put(let.name(), ((LetValue.Call) value).function());
            }
        }
        return new Assignments(Map.copyOf(literals), Map.copyOf(queries), Map.copyOf(functions));
    }
}
