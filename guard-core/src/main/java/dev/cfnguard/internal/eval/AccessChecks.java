package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.AccessClause;
import dev.cfnguard.internal.ast.CmpOperator;
import dev.cfnguard.internal.ast.GuardClause;
import dev.cfnguard.internal.ast.LetValue;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.eval.RuleEvaluator.ClauseOutcome;
import dev.cfnguard.internal.regex.RustRegex;
import dev.cfnguard.internal.value.Value;
import java.util.List;

/**
 * Access clauses compiled for the {@link StatusEvaluator}. The common shapes take shortcuts: the left side's
 * values are tested one by one as they are found, with no result lists or outcome objects; where a value
 * needs more (a list compared element by element, say) the clause takes the general path, the recording
 * evaluator's value checks without records, instead. Finding values has no effects, so doing it twice is
 * safe.
 */
final class AccessChecks {
    private AccessChecks() {}

    /** The check of one access clause: a shortcut where its shape has one, else the general path. */
    static StatusCheck compile(GuardClause.Access access) {
        AccessClause clause = access.clause();
        StatusCheck general = clauseChecks(access);
        CmpOperator operator = clause.comparator().operator();
        List<QueryPart> query = clause.query().parts();
        if (operator == CmpOperator.EMPTY) {
            StatusCheck keysEmpty = keysEmpty(access);
            if (keysEmpty != null) {
                return keysEmpty;
            }
            if (query.size() == 1 && query.get(0) instanceof QueryPart.Key key && key.isVariable()) {
                return general; // "%var empty" asks whether anything was selected
            }
        }
        StatusCheck direct = keyPathCheck(access, general);
        if (direct != null) {
            return direct;
        }
        LeftSide lhs = leftSide(query, operator == CmpOperator.IN);
        ValueTest test = valueTest(access);
        if (lhs == null || test == null) {
            return general;
        }
        boolean matchAll = clause.query().matchAll();
        return context -> {
            Status status = lhs.check(context, test, matchAll);
            return status != null ? status : general.eval(context);
        };
    }

    /**
     * The commonest clauses, a unary operator or {@code ==} against a literal on a key path, in one piece:
     * as {@link #leftSide} and {@link #valueTest} combined, without the two calls through them per value.
     */
    private static StatusCheck keyPathCheck(GuardClause.Access access, StatusCheck general) {
        AccessClause clause = access.clause();
        List<QueryPart> query = clause.query().parts();
        KeyPath path = KeyPath.of(query);
        if (path == null) {
            return null;
        }
        CmpOperator operator = clause.comparator().operator();
        boolean negated = clause.comparator().negated();
        if (operator.isUnary()) {
            boolean expected = !negated != access.negation();
            return context -> ClauseChecks.holds(operator, path.resolve(context.root())) == expected
                    ? Status.PASS : Status.FAIL;
        }
        if (operator == CmpOperator.EQ && clause.compareWith() instanceof LetValue.Literal literal
                && !(literal.value() instanceof Value.ListValue)) {
            Value rhs = literal.value();
            return context -> {
                Status status = equality(path.resolve(context.root()), rhs, negated, context);
                return status != null ? status : general.eval(context);
            };
        }
        return null;
    }

    /** An access clause evaluated by the recording evaluator's value checks, without records. */
    private static StatusCheck clauseChecks(GuardClause.Access access) {
        AccessClause clause = access.clause();
        boolean all = clause.query().matchAll();
        if (clause.comparator().operator().isUnary()) {
            return context -> ClauseChecks.unary(clause, access.negation(), null, context).status(all);
        }
        LetValue compareWith = clause.compareWith();
        if (compareWith == null) {
            return context -> {
                throw RuleEvaluator.missingRightHandSide(access, context);
            };
        }
        if (compareWith instanceof LetValue.Literal literal) {
            List<QueryResult> rhs = List.of(new QueryResult.Literal(literal.value()));
            return context -> ClauseChecks.binary(clause, rhs, null, context).status(all);
        }
        Argument rhs = Argument.comparedWith(compareWith);
        return context -> ClauseChecks.binary(clause, rhs.values(context), null, context).status(all);
    }

    /** What an access clause's query selects, fed to a test value by value. */
    @FunctionalInterface
    private interface LeftSide {
        /** The clause's status; null where a value needs the general path. */
        Status check(EvalContext context, ValueTest test, boolean matchAll);
    }

    /** One selected value's check. */
    @FunctionalInterface
    private interface ValueTest {
        /** PASS or FAIL for {@code value} (null when unresolved); null where the general path must decide. */
        Status test(Value value, EvalContext context);
    }

    /**
     * A key path, or a variable followed by one ({@code %value}, {@code %value.Ref}, {@code %defs[*].Image});
     * null for other queries.
     *
     * @param loneLiteralDiffers whether the operator treats a lone literal on the left apart ({@code in}
     *                           tests it as a substring first): such a variable takes the general path
     */
    private static LeftSide leftSide(List<QueryPart> query, boolean loneLiteralDiffers) {
        KeyPath path = KeyPath.of(query);
        if (path != null) {
            return (context, test, matchAll) -> test.test(path.resolve(context.root()), context);
        }
        if (!(query.get(0) instanceof QueryPart.Key head) || !head.isVariable()) {
            return null;
        }
        // "%var[*]" continues from the variable's values as "%var" does.
        int next = query.size() > 1 && query.get(1) instanceof QueryPart.AllIndices ? 2 : 1;
        List<QueryPart> tail = query.subList(next, query.size());
        KeyPath rest = tail.isEmpty() ? null : KeyPath.of(tail);
        if (!tail.isEmpty() && rest == null) {
            return null;
        }
        String name = head.variableName();
        return (context, test, matchAll) -> {
            List<QueryResult> values = context.resolveVariable(name);
            if (values.isEmpty()) {
                return Status.SKIP; // nothing selected
            }
            if (rest == null && loneLiteralDiffers && values.size() == 1
                    && values.get(0) instanceof QueryResult.Literal) {
                return null;
            }
            int passes = 0;
            int fails = 0;
            for (int i = 0; i < values.size(); i++) {
                Value value = values.get(i).resolvedValue();
                if (value != null && rest != null) {
                    value = rest.resolve(value);
                }
                Status status = test.test(value, context);
                if (status == null) {
                    return null;
                }
                if (status == Status.PASS) {
                    passes++;
                } else {
                    fails++;
                }
            }
            return ClauseOutcome.status(matchAll, passes, fails);
        };
    }

    /**
     * The check of one value by a unary operator, by {@code ==} against a literal that is not a list (written,
     * or a variable bound to one), or by {@code in} against a literal list; null for other clauses.
     */
    private static ValueTest valueTest(GuardClause.Access access) {
        AccessClause clause = access.clause();
        CmpOperator operator = clause.comparator().operator();
        boolean negated = clause.comparator().negated();
        if (operator.isUnary()) {
            boolean expected = !negated != access.negation();
            return (value, context) -> ClauseChecks.holds(operator, value) == expected ? Status.PASS : Status.FAIL;
        }
        LetValue compareWith = clause.compareWith();
        if (operator == CmpOperator.EQ && compareWith instanceof LetValue.Literal literal
                && !(literal.value() instanceof Value.ListValue)) {
            Value rhs = literal.value();
            return (value, context) -> equality(value, rhs, negated, context);
        }
        if (operator == CmpOperator.EQ && compareWith instanceof LetValue.Query query
                && query.query().parts().size() == 1 && query.query().parts().get(0) instanceof QueryPart.Key key
                && key.isVariable()) {
            String name = key.variableName();
            return (value, context) -> {
                List<QueryResult> rhs = context.resolveVariable(name);
                if (rhs.size() != 1 || !(rhs.get(0) instanceof QueryResult.Literal literal)
                        || literal.value() instanceof Value.ListValue) {
                    return null;
                }
                return equality(value, literal.value(), negated, context);
            };
        }
        if (operator == CmpOperator.IN && compareWith instanceof LetValue.Literal literal
                && literal.value() instanceof Value.ListValue list) {
            List<Value> elements = list.elements();
            return (value, context) -> {
                if (value == null) {
                    return Status.FAIL; // an unresolved left side fails
                }
                if (value instanceof Value.ListValue) {
                    return null;
                }
                boolean found = context.session().comparisons().contains(elements, value);
                return found != negated ? Status.PASS : Status.FAIL;
            };
        }
        return null;
    }

    /** {@code ==} (or {@code !=}) of one selected value and a literal that is not a list. */
    private static Status equality(Value value, Value literal, boolean negated, EvalContext context) {
        if (value == null) {
            return Status.FAIL; // an unresolved left side fails
        }
        if (value instanceof Value.ListValue) {
            return null; // compared element by element
        }
        Boolean equal = context.session().operators().equalOrNull(value, literal);
        // Values that do not compare fail whether negated or not.
        return equal != null && equal != negated ? Status.PASS : Status.FAIL;
    }

    /**
     * {@code path[ keys == /pattern/ ] empty} (or {@code !empty}, {@code keys !=}), which asks whether a map
     * has keys of some form: settled key by key, without selecting the values; null for other clauses.
     */
    private static StatusCheck keysEmpty(GuardClause.Access access) {
        AccessClause clause = access.clause();
        List<QueryPart> query = clause.query().parts();
        KeyPath path = KeyPath.of(query.subList(0, query.size() - 1));
        if (!(query.get(query.size() - 1) instanceof QueryPart.MapKeyFilter filter) || path == null
                || filter.clause().comparator().operator() != CmpOperator.EQ
                || !(filter.clause().compareWith() instanceof LetValue.Literal literal)
                || !(literal.value() instanceof Value.RegexValue regex)) {
            return null;
        }
        String pattern = regex.pattern();
        boolean keysNegated = filter.clause().comparator().negated();
        // As ClauseChecks.emptyOnExpression: each selected value passes when it is (not) null, and a query
        // that selected nothing when that is what was asked for.
        boolean notEmpty = clause.comparator().negated();
        boolean inverse = access.negation();
        boolean matchAll = clause.query().matchAll();
        // Nothing selected, or one unresolved value (where the path or the map is missing), is empty.
        Status empty = !notEmpty != inverse ? Status.PASS : Status.FAIL;
        return context -> {
            Value current = path.resolve(context.root());
            if (!(current instanceof Value.MapValue map)) {
                return empty;
            }
            RustRegex compiled = null;
            int passes = 0;
            int fails = 0;
            List<Value.StringValue> keys = map.keys();
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i).value();
                if (compiled == null) {
                    compiled = context.session().comparisons().regex(pattern);
                }
                if (Comparisons.matches(compiled, key) == keysNegated) {
                    continue;
                }
                boolean isNull = map.entries().get(key) instanceof Value.NullValue;
                if ((notEmpty ? !isNull : isNull) != inverse) {
                    passes++;
                } else {
                    fails++;
                }
            }
            return passes + fails == 0 ? empty : ClauseOutcome.status(matchAll, passes, fails);
        };
    }
}
