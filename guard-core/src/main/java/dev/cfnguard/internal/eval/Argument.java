package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.LetValue;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.value.Value;
import java.util.List;

/** What an argument of a call, or the right-hand side of a comparison, stands for in a scope. */
@FunctionalInterface
interface Argument {

    List<QueryResult> values(EvalContext context);

    /** A call's argument; a literal is one resolved value, as the recording evaluator binds it. */
    static Argument of(LetValue argument) {
        if (argument instanceof LetValue.Literal literal) {
            List<QueryResult> value = List.of(new QueryResult.Resolved(literal.value()));
            return context -> value;
        }
        KeyPath path = argument instanceof LetValue.Query query ? KeyPath.of(query.query().parts()) : null;
        if (path != null) {
            List<QueryPart> parts = ((LetValue.Query) argument).query().parts();
            return context -> {
                Value value = path.resolve(context.root());
                // Where the path stops, the general path says where and why.
                return value != null ? List.of(new QueryResult.Resolved(value)) : context.query(parts);
            };
        }
        return comparedWith(argument);
    }

    /** A query or function call on the right of a comparison (a literal is the comparison's to wrap). */
    static Argument comparedWith(LetValue value) {
        if (value instanceof LetValue.Query query) {
            List<QueryPart> parts = query.query().parts();
            return context -> context.query(parts);
        }
        LetValue.Call call = (LetValue.Call) value;
        return context -> context.session().builtins().call(call.function(), context);
    }
}
