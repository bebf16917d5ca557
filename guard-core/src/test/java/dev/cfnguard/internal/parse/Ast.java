package dev.cfnguard.internal.parse;

import dev.cfnguard.internal.ast.AccessClause;
import dev.cfnguard.internal.ast.AccessQuery;
import dev.cfnguard.internal.ast.Block;
import dev.cfnguard.internal.ast.CmpOperator;
import dev.cfnguard.internal.ast.Comparator;
import dev.cfnguard.internal.ast.Conjunctions;
import dev.cfnguard.internal.ast.GuardClause;
import dev.cfnguard.internal.ast.LetValue;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.ast.SourceLocation;
import dev.cfnguard.internal.value.Path;
import dev.cfnguard.internal.value.Value;
import java.util.Arrays;
import java.util.List;

/** Short-hand constructors for expected ASTs in parser tests. */
final class Ast {

    private Ast() {}

    static QueryPart key(String name) {
        return new QueryPart.Key(name);
    }

    static AccessQuery query(QueryPart... parts) {
        return new AccessQuery(List.of(parts), true);
    }

    static AccessQuery someQuery(QueryPart... parts) {
        return new AccessQuery(List.of(parts), false);
    }

    /** A query of plain keys: {@code path("a", "b")} is {@code a.b}. */
    static AccessQuery path(String... keys) {
        return query(Arrays.stream(keys).map(Ast::key).toArray(QueryPart[]::new));
    }

    static Comparator op(CmpOperator operator) {
        return new Comparator(operator, false);
    }

    static Comparator notOp(CmpOperator operator) {
        return new Comparator(operator, true);
    }

    static SourceLocation at(int line, int column) {
        return new SourceLocation(line, column);
    }

    static LetValue literal(Value value) {
        return new LetValue.Literal(value);
    }

    static LetValue integer(long value) {
        return literal(new Value.IntValue(Path.ROOT, value));
    }

    static LetValue string(String value) {
        return literal(new Value.StringValue(Path.ROOT, value));
    }

    static LetValue queryValue(AccessQuery query) {
        return new LetValue.Query(query);
    }

    static GuardClause.Access unary(AccessQuery query, Comparator op, SourceLocation at) {
        return new GuardClause.Access(new AccessClause(query, op, null, null, at), false);
    }

    static GuardClause.Access binary(AccessQuery query, Comparator op, LetValue with, SourceLocation at) {
        return new GuardClause.Access(new AccessClause(query, op, with, null, at), false);
    }

    @SafeVarargs
    static <T> List<T> or(T... clauses) {
        return List.of(clauses);
    }

    @SafeVarargs
    static <T> Conjunctions<T> and(List<T>... disjunctions) {
        return new Conjunctions<>(List.of(disjunctions));
    }

    static <T> Block<T> block(Conjunctions<T> conjunctions) {
        return new Block<>(List.of(), conjunctions);
    }
}
