package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.AccessClause;
import dev.cfnguard.internal.ast.CmpOperator;
import dev.cfnguard.internal.ast.Comparator;
import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.eval.RuleEvaluator.ClauseOutcome;
import dev.cfnguard.internal.regex.RustRegex;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The value checks of one access clause: unary operators, binary operators, and the key comparison of
 * map-key filters, each recording one value-check event per value. Stateless.
 */
final class ClauseChecks {
    private ClauseChecks() {}

    private static final ClauseCheck SUCCESS = new ClauseCheck.Success();

    static ClauseOutcome unary(AccessClause clause, boolean inverse, String recordContext, EvalContext context) {
        List<QueryPart> query = clause.query().parts();
        Comparator comparator = clause.comparator();
        String customMessage = clause.customMessage();
        List<QueryResult> lhs = context.query(query);

        QueryPart last = query.get(query.size() - 1);
        boolean emptyOnExpression = last instanceof QueryPart.Filter || last instanceof QueryPart.MapKeyFilter
                || (last instanceof QueryPart.Key key && key.isVariable() && query.size() == 1);
        if (emptyOnExpression && comparator.operator() == CmpOperator.EMPTY) {
            return emptyOnExpression(lhs, comparator, inverse, recordContext, customMessage, context);
        }
        if (lhs.isEmpty()) {
            return ClauseOutcome.empty(Status.SKIP);
        }
        CmpOperator operator = comparator.operator();
        int passes = 0;
        for (int i = 0; i < lhs.size(); i++) {
            QueryResult each = lhs.get(i);
            boolean result;
            try {
                result = holds(operator, each.resolvedValue()) != comparator.negated();
                result = result != inverse;
            } catch (EvaluationException e) {
                fail(context, recordContext, new ClauseCheck.Unary(
                        new ClauseCheck.ValueCheck(each, e.getMessage(), customMessage, Status.FAIL), comparator));
                throw e;
            }
            if (result) {
                pass(context, recordContext);
                passes++;
            } else if (recordContext != null) {
                fail(context, recordContext, new ClauseCheck.Unary(
                        new ClauseCheck.ValueCheck(each, null, customMessage, Status.FAIL), comparator));
            }
        }
        return ClauseOutcome.of(passes, lhs.size() - passes);
    }

    /**
     * {@code %var empty} and {@code query[filter] empty}: checks whether anything was selected rather than
     * whether each selected value is empty (a null value counts as empty).
     */
    private static ClauseOutcome emptyOnExpression(List<QueryResult> lhs, Comparator comparator, boolean inverse,
                                                   String recordContext, String customMessage, EvalContext context) {
        boolean notEmpty = comparator.negated();
        if (lhs.isEmpty()) {
            if (!notEmpty != inverse) {
                pass(context, recordContext);
                return ClauseOutcome.empty(Status.PASS);
            }
            fail(context, recordContext, new ClauseCheck.NoValueForEmptyCheck(customMessage));
            return ClauseOutcome.empty(Status.FAIL);
        }
        int passes = 0;
        for (int i = 0; i < lhs.size(); i++) {
            QueryResult each = lhs.get(i);
            Value value = each.resolvedValue();
            boolean pass;
            if (value != null) {
                boolean isNull = value instanceof Value.NullValue;
                pass = notEmpty ? !isNull : isNull;
            } else {
                // Unresolved is empty.
                pass = !notEmpty;
            }
            if (pass != inverse) {
                pass(context, recordContext);
                passes++;
            } else if (recordContext != null) {
                QueryResult result = value != null ? new QueryResult.Resolved(value) : each;
                fail(context, recordContext, new ClauseCheck.Unary(
                        new ClauseCheck.ValueCheck(result, null, customMessage, Status.FAIL), comparator));
            }
        }
        return ClauseOutcome.of(passes, lhs.size() - passes);
    }

    /**
     * Whether a unary operator (not negated) holds for one selected value, null standing for an unresolved
     * one; may fail with an error ({@code empty} on a number).
     */
    static boolean holds(CmpOperator operator, Value value) {
        return switch (operator) {
            case EXISTS -> value != null;
            case EMPTY -> isEmpty(value);
            case IS_STRING -> value instanceof Value.StringValue;
            case IS_LIST -> value instanceof Value.ListValue;
            case IS_MAP -> value instanceof Value.MapValue;
            case IS_BOOL -> value instanceof Value.BoolValue;
            case IS_INT -> value instanceof Value.IntValue;
            case IS_FLOAT -> value instanceof Value.FloatValue;
            case IS_NULL -> value instanceof Value.NullValue;
            default -> throw new IllegalArgumentException("not a unary operator: " + operator);
        };
    }

    private static boolean isEmpty(Value value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Value.ListValue list) {
            return list.elements().isEmpty();
        }
        if (value instanceof Value.MapValue map) {
            return map.entries().isEmpty();
        }
        if (value instanceof Value.StringValue string) {
            return string.value().isEmpty();
        }
        if (value instanceof Value.BoolValue) {
            return false;
        }
        throw new EvaluationException(EvaluationException.Kind.INCOMPATIBLE, "Attempting EMPTY operation on type "
                + ValueText.typeName(value) + " that does not support it at " + ValueText.path(value.path()));
    }

    static ClauseOutcome binary(AccessClause clause, List<QueryResult> rhs, String recordContext,
                                EvalContext context) {
        Comparator comparator = clause.comparator();
        List<QueryResult> lhs = context.query(clause.query().parts());
        List<Outcome> outcomes = context.session().operators().compare(comparator, lhs, rhs);
        if (outcomes == null) {
            return ClauseOutcome.empty(Status.SKIP);
        }
        if (recordContext != null) {
            record(outcomes, comparator, clause.customMessage(), recordContext, context);
        }
        return count(outcomes);
    }

    /** The passed and failed checks of {@code outcomes}: what {@link #record} records one by one. */
    private static ClauseOutcome count(List<Outcome> outcomes) {
        int passes = 0;
        int fails = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome instanceof Outcome.Success success) {
                passes += successCount(success.compared());
            } else if (outcome instanceof Outcome.Fail failed) {
                fails += failureCount(failed.compared());
            } else {
                fails++; // an unresolved side or values that do not compare
            }
        }
        return ClauseOutcome.of(passes, fails);
    }

    /** Records a value check for each check of {@code outcomes}. */
    private static void record(List<Outcome> outcomes, Comparator comparator, String customMessage,
                               String recordContext, EvalContext context) {
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome instanceof Outcome.LhsUnresolved u) {
                fail(context, recordContext, comparison(comparator, u.unresolved(), null, null, customMessage));
            } else if (outcome instanceof Outcome.RhsUnresolved u) {
                fail(context, recordContext, comparison(comparator, new QueryResult.Resolved(u.lhs()),
                        u.unresolved(), null, customMessage));
            } else if (outcome instanceof Outcome.NotComparable n) {
                fail(context, recordContext, comparison(comparator, new QueryResult.Resolved(n.lhs()),
                        new QueryResult.Resolved(n.rhs()), n.reason(), customMessage));
            } else if (outcome instanceof Outcome.Success success) {
                for (int v = successCount(success.compared()); v > 0; v--) {
                    pass(context, recordContext);
                }
            } else {
                recordFailure(((Outcome.Fail) outcome).compared(), comparator, customMessage, recordContext, context);
            }
        }
    }

    /** How many checks a failed comparison records: each left value missing from a query's, else one. */
    private static int failureCount(Outcome.Compared compared) {
        return compared instanceof Outcome.QueryIn in ? in.diff().size() : 1;
    }

    /** How many left values a successful comparison covers: each of a query's, else one. */
    private static int successCount(Outcome.Compared compared) {
        return compared instanceof Outcome.QueryIn in ? in.lhs().size() : 1;
    }

    /** Records the failed checks of one comparison ({@link #failureCount} of them). */
    private static void recordFailure(Outcome.Compared compared, Comparator comparator, String customMessage,
                                      String recordContext, EvalContext context) {
        if (compared instanceof Outcome.ValuePair pair) {
            QueryResult from = new QueryResult.Resolved(pair.lhs());
            fail(context, recordContext, comparison(comparator, from, new QueryResult.Resolved(pair.rhs()), null,
                    customMessage));
        } else if (compared instanceof Outcome.ValueIn in) {
            QueryResult from = new QueryResult.Resolved(in.lhs());
            fail(context, recordContext, new ClauseCheck.InComparison(comparator, from,
                    List.of(new QueryResult.Resolved(in.rhs())), null, customMessage, Status.FAIL));
        } else if (compared instanceof Outcome.ListIn in) {
            QueryResult from = new QueryResult.Resolved(in.lhs());
            fail(context, recordContext, new ClauseCheck.InComparison(comparator, from,
                    List.of(new QueryResult.Resolved(in.rhs())), null, customMessage, Status.FAIL));
        } else {
            Outcome.QueryIn in = (Outcome.QueryIn) compared;
            List<QueryResult> to = in.rhs().stream().map(v -> (QueryResult) new QueryResult.Resolved(v)).toList();
            for (Value value : in.diff()) {
                fail(context, recordContext, new ClauseCheck.InComparison(comparator,
                        new QueryResult.Resolved(value), to, null, customMessage, Status.FAIL));
            }
        }
    }

    private static ClauseCheck.Comparison comparison(Comparator comparator, QueryResult from, QueryResult to,
                                                     String message, String customMessage) {
        return new ClauseCheck.Comparison(comparator, from, to, message, customMessage, Status.FAIL);
    }

    /** Records a passed value check; a null context stands for an evaluation that keeps no records. */
    private static void pass(EvalContext context, String recordContext) {
        if (recordContext != null) {
            context.startRecord(recordContext);
            context.endRecord(recordContext, new RecordType.ClauseValueCheck(SUCCESS));
        }
    }

    /** Records a failed value check, as {@link #pass} does. */
    private static void fail(EvalContext context, String recordContext, ClauseCheck check) {
        if (recordContext != null) {
            context.startRecord(recordContext);
            context.endRecord(recordContext, new RecordType.ClauseValueCheck(check));
        }
    }

    // ---- map-key filters: the reference's older per-value comparison path ----

    /** One comparison of a left value with one right value. */
    private sealed interface KeyComparison {
        Value lhs();
    }

    private record Compared(boolean outcome, Value lhs, Value rhs) implements KeyComparison {}

    private record Incomparable(Value lhs, Value rhs) implements KeyComparison {}

    private record RhsMissing(Value lhs, QueryResult rhs) implements KeyComparison {}

    /**
     * Compares map keys with the right-hand side of a {@code [ keys OP value ]} filter, recording a value
     * check (with an empty context) per comparison.
     *
     * @return the keys whose check passed, once for each passing check, in order
     */
    static List<Value> keyComparison(List<Value.StringValue> keys, List<QueryResult> rhs, Comparator comparator,
                                     EvalContext context) {
        Comparator effective = comparator.operator() == CmpOperator.EQ && rhs.size() > 1
                ? new Comparator(CmpOperator.IN, comparator.negated()) : comparator;
        Comparisons comparisons = context.session().comparisons();
        // Key checks are recorded with an empty context.
        String recordContext = context.session().recording() ? "" : null;
        List<Value> selected = new ArrayList<>();
        List<KeyComparison> results = null;
        // The common filter, keys against one value: compared directly, unless the types are unrelated.
        Value single = effective.operator() != CmpOperator.IN && rhs.size() == 1 ? rhs.get(0).resolvedValue() : null;
        // Keys against a pattern (the usual filter): the pattern is looked up once, at the first key, and
        // every key is settled here, so the general comparator is not made.
        boolean singlePattern = single instanceof Value.RegexValue && effective.operator() == CmpOperator.EQ;
        Comparisons.ValueComparator test = singlePattern ? null : keyTest(effective, comparisons);
        RustRegex pattern = null;
        for (Value.StringValue key : keys) {
            if (single != null) {
                Boolean outcome;
                if (singlePattern) {
                    if (pattern == null) {
                        pattern = comparisons.regex(((Value.RegexValue) single).pattern());
                    }
                    outcome = Comparisons.matches(pattern, key.value()) != effective.negated();
                } else {
                    outcome = compareOrNull(test, key, single);
                }
                if (outcome != null) {
                    if (outcome) {
                        pass(context, recordContext);
                        selected.add(key);
                    } else if (recordContext != null) {
                        fail(context, recordContext, comparison(effective, new QueryResult.Resolved(key),
                                new QueryResult.Resolved(single), null, null));
                    }
                    continue;
                }
            }
            if (results == null) {
                results = new ArrayList<>(rhs.size());
            }
            results.clear();
            compareEachRhs(test, key, rhs, results);
            if (effective.operator() == CmpOperator.IN) {
                reportAtLeastOne(results, effective, comparisons, context, recordContext, selected);
            } else {
                for (KeyComparison result : results) {
                    if (reportValue(result, effective, context, recordContext)) {
                        selected.add(result.lhs());
                    }
                }
            }
        }
        return selected;
    }

    private static Comparisons.ValueComparator keyTest(Comparator comparator, Comparisons comparisons) {
        boolean not = comparator.negated();
        Comparisons.ValueComparator base = switch (comparator.operator()) {
            case EQ -> comparisons::equal;
            case GE -> comparisons::greaterOrEqual;
            case GT -> comparisons::greaterThan;
            case LT -> comparisons::lessThan;
            case LE -> comparisons::lessOrEqual;
            case IN -> (l, r) -> {
                if (l instanceof Value.StringValue ls && r instanceof Value.StringValue rs) {
                    return rs.value().contains(ls.value());
                }
                if (r instanceof Value.ListValue list) {
                    boolean found = false;
                    for (Value element : list.elements()) {
                        // Every element is compared, so an incomparable one fails the whole test.
                        found |= comparisons.equal(l, element);
                    }
                    return found;
                }
                return comparisons.equal(l, r);
            };
            default -> throw new EvaluationException(EvaluationException.Kind.PANIC,
                    "internal error: entered unreachable code");
        };
        return (l, r) -> base.compare(l, r) != not;
    }

    private static void compareEachRhs(Comparisons.ValueComparator test, Value lhs, List<QueryResult> rhs,
                                       List<KeyComparison> results) {
        for (QueryResult each : rhs) {
            Value r = each.resolvedValue();
            if (r == null) {
                results.add(new RhsMissing(lhs, each));
                continue;
            }
            try {
                results.add(new Compared(test.compare(lhs, r), lhs, r));
            } catch (EvaluationException e) {
                if (e.kind() != EvaluationException.Kind.NOT_COMPARABLE) {
                    throw e;
                }
                if (lhs instanceof Value.ListValue list) {
                    for (Value element : list.elements()) {
                        results.add(compareOrIncomparable(test, element, r));
                    }
                    continue;
                }
                if (Operators.isScalar(lhs) && each instanceof QueryResult.Literal
                        && r instanceof Value.ListValue single && single.elements().size() == 1) {
                    results.add(compareOrIncomparable(test, lhs, single.elements().get(0)));
                    continue;
                }
                results.add(new Incomparable(lhs, r));
            }
        }
    }

    /** The comparison's outcome, or null when the values are not comparable. */
    private static Boolean compareOrNull(Comparisons.ValueComparator test, Value lhs, Value rhs) {
        try {
            return test.compare(lhs, rhs);
        } catch (EvaluationException e) {
            if (e.kind() != EvaluationException.Kind.NOT_COMPARABLE) {
                throw e;
            }
            return null;
        }
    }

    private static KeyComparison compareOrIncomparable(Comparisons.ValueComparator test, Value lhs, Value rhs) {
        try {
            return new Compared(test.compare(lhs, rhs), lhs, rhs);
        } catch (EvaluationException e) {
            if (e.kind() != EvaluationException.Kind.NOT_COMPARABLE) {
                throw e;
            }
            return new Incomparable(lhs, rhs);
        }
    }

    /** Records the check of one comparison; true when it passed. */
    private static boolean reportValue(KeyComparison result, Comparator comparator, EvalContext context,
                                       String recordContext) {
        if (result instanceof Compared c && c.outcome()) {
            pass(context, recordContext);
            return true;
        }
        if (recordContext == null) {
            return false;
        }
        QueryResult from = new QueryResult.Resolved(result.lhs());
        QueryResult to;
        if (result instanceof Compared c) {
            to = new QueryResult.Resolved(c.rhs());
        } else if (result instanceof Incomparable i) {
            to = new QueryResult.Resolved(i.rhs());
        } else {
            to = ((RhsMissing) result).rhs();
        }
        fail(context, recordContext, comparison(comparator, from, to, null, null));
        return false;
    }

    /** Records one check per distinct left value, passing when any of its comparisons passed. */
    private static void reportAtLeastOne(List<KeyComparison> results, Comparator comparator,
                                         Comparisons comparisons, EvalContext context, String recordContext,
                                         List<Value> selected) {
        // Grouped by left value (the reference uses a hash map; this keeps first-seen order).
        List<Value> groups = new ArrayList<>();
        List<List<KeyComparison>> members = new ArrayList<>();
        List<List<QueryResult>> rights = new ArrayList<>();
        for (KeyComparison result : results) {
            QueryResult right;
            if (result instanceof Compared c) {
                right = new QueryResult.Resolved(c.rhs());
            } else if (result instanceof Incomparable i) {
                right = new QueryResult.Resolved(i.rhs());
            } else {
                right = ((RhsMissing) result).rhs();
            }
            int group = -1;
            for (int i = 0; i < groups.size(); i++) {
                if (comparisons.looselyEqual(groups.get(i), result.lhs())) {
                    group = i;
                    break;
                }
            }
            if (group < 0) {
                groups.add(result.lhs());
                members.add(new ArrayList<>());
                rights.add(new ArrayList<>());
                group = groups.size() - 1;
            }
            members.get(group).add(result);
            rights.get(group).add(right);
        }
        for (int i = 0; i < groups.size(); i++) {
            boolean found = members.get(i).stream().anyMatch(r -> r instanceof Compared c && c.outcome());
            if (found) {
                pass(context, recordContext);
                selected.add(groups.get(i));
            } else {
                fail(context, recordContext, new ClauseCheck.InComparison(comparator, new QueryResult.Resolved(groups.get(i)),
                        rights.get(i), null, null, Status.FAIL));
            }
        }
    }
}
