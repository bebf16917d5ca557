package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.Comparator;
import dev.cfnguard.internal.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary operators ({@code ==}, {@code in}, {@code <}...) applied to whole query results, with the
 * reference's rules for lists versus scalars and for literals versus query results.
 */
final class Operators {

    private final Comparisons comparisons;
    // Bound once: a method reference made at each comparison is an allocation at each comparison.
    private final Comparisons.ValueComparator equal;
    private final Comparisons.ValueComparator lessThan;
    private final Comparisons.ValueComparator greaterThan;
    private final Comparisons.ValueComparator lessOrEqual;
    private final Comparisons.ValueComparator greaterOrEqual;

    Operators(Comparisons comparisons) {
        this.comparisons = comparisons;
        this.equal = comparisons::equal;
        this.lessThan = comparisons::lessThan;
        this.greaterThan = comparisons::greaterThan;
        this.lessOrEqual = comparisons::lessOrEqual;
        this.greaterOrEqual = comparisons::greaterOrEqual;
    }

    /**
     * Compares every selected left value with the right side; null when either side selected nothing
     * (the clause is then skipped).
     */
    List<Outcome> compare(Comparator comparator, List<QueryResult> lhs, List<QueryResult> rhs) {
        if (lhs.isEmpty() || rhs.isEmpty()) {
            return null;
        }
        List<Outcome> outcomes = switch (comparator.operator()) {
            case EQ -> equality(lhs, rhs);
            case IN -> membership(lhs, rhs);
            case LT -> everyPair(lhs, rhs, lessThan);
            case GT -> everyPair(lhs, rhs, greaterThan);
            case LE -> everyPair(lhs, rhs, lessOrEqual);
            case GE -> everyPair(lhs, rhs, greaterOrEqual);
            default -> throw new EvaluationException(EvaluationException.Kind.INCOMPATIBLE,
                    "Operation " + comparator.operator().reportName() + " NOT PERMITTED");
        };
        if (!comparator.negated()) {
            return outcomes;
        }
        List<Outcome> negated = new ArrayList<>(outcomes.size());
        for (Outcome outcome : outcomes) {
            negated.add(negate(outcome));
        }
        return negated;
    }

    private Outcome negate(Outcome outcome) {
        if (outcome instanceof Outcome.Fail fail) {
            if (fail.compared() instanceof Outcome.QueryIn in) {
                List<Value> matched = new ArrayList<>();
                for (Value each : in.lhs()) {
                    if (!comparisons.contains(in.diff(), each)) {
                        matched.add(each);
                    }
                }
                Outcome.QueryIn flipped = new Outcome.QueryIn(matched, in.lhs(), in.rhs());
                return matched.isEmpty() ? new Outcome.Success(flipped) : new Outcome.Fail(flipped);
            }
            if (fail.compared() instanceof Outcome.ListIn in) {
                List<Value> matched = new ArrayList<>();
                for (Value each : ((Value.ListValue) in.lhs()).elements()) {
                    if (!comparisons.contains(in.diff(), each)) {
                        matched.add(each);
                    }
                }
                Outcome.ListIn flipped = new Outcome.ListIn(matched, in.lhs(), in.rhs());
                return matched.isEmpty() ? new Outcome.Success(flipped) : new Outcome.Fail(flipped);
            }
            return new Outcome.Success(fail.compared());
        }
        if (outcome instanceof Outcome.Success success) {
            if (success.compared() instanceof Outcome.QueryIn in) {
                return new Outcome.Fail(new Outcome.QueryIn(in.lhs(), in.lhs(), in.rhs()));
            }
            if (success.compared() instanceof Outcome.ListIn in) {
                List<Value> all = ((Value.ListValue) in.lhs()).elements();
                return new Outcome.Fail(new Outcome.ListIn(all, in.lhs(), in.rhs()));
            }
            return new Outcome.Fail(success.compared());
        }
        // Unresolved sides and incomparable types fail either way.
        return outcome;
    }

    /**
     * The values of resolved results. Each unresolved one becomes a failed outcome: of the left side when
     * {@code left} is null, else of the right side against each of the {@code left} values.
     */
    private static List<Value> selected(List<QueryResult> results, List<Outcome> outcomes, List<Value> left) {
        if (results.size() == 1 && !(results.get(0) instanceof QueryResult.UnResolved)) {
            return List.of(results.get(0).resolvedValue());
        }
        List<Value> values = new ArrayList<>(results.size());
        for (QueryResult result : results) {
            if (!(result instanceof QueryResult.UnResolved unresolved)) {
                values.add(result.resolvedValue());
            } else if (left == null) {
                outcomes.add(new Outcome.LhsUnresolved(unresolved));
            } else {
                for (Value l : left) {
                    outcomes.add(new Outcome.RhsUnresolved(unresolved, l));
                }
            }
        }
        return values;
    }

    /** Like {@link #selected} but lists contribute their elements instead of themselves. */
    private static List<Value> flattened(List<QueryResult> results, List<Outcome> outcomes, List<Value> left) {
        List<Value> values = new ArrayList<>(results.size());
        for (Value value : selected(results, outcomes, left)) {
            if (value instanceof Value.ListValue list) {
                values.addAll(list.elements());
            } else {
                values.add(value);
            }
        }
        return values;
    }

    /** The single literal of a side written as a literal in the rules, else null. */
    private static Value literal(List<QueryResult> results) {
        if (results.size() == 1 && results.get(0) instanceof QueryResult.Literal literal) {
            return literal.value();
        }
        return null;
    }

    private Outcome match(Value lhs, Value rhs, Comparisons.ValueComparator comparator) {
        // Values of unrelated types are common (a setting written as a string here and as an intrinsic
        // function's map there): told apart before comparing, rather than by catching the exception.
        String unrelated = comparator == equal ? comparisons.unrelatedForEquality(lhs, rhs)
                : comparisons.unrelatedForOrder(lhs, rhs);
        if (unrelated != null) {
            return new Outcome.NotComparable(unrelated, lhs, rhs);
        }
        try {
            return comparator.compare(lhs, rhs)
                    ? new Outcome.Success(new Outcome.ValuePair(lhs, rhs))
                    : new Outcome.Fail(new Outcome.ValuePair(lhs, rhs));
        } catch (EvaluationException e) {
            if (e.kind() == EvaluationException.Kind.NOT_COMPARABLE) {
                return new Outcome.NotComparable(e.detail(), lhs, rhs);
            }
            throw aborted(e);
        }
    }

    /** The reference has no handling for errors other than incomparable values here and aborts. */
    private static EvaluationException aborted(EvaluationException e) {
        // We say which regex gave up.
        String detail = "internal error: entered unreachable code";
        return new EvaluationException(EvaluationException.Kind.PANIC,
                e.kind() == EvaluationException.Kind.REGEX_ERROR ? detail + ": " + e.getMessage() : detail);
    }

    /**
     * Whether {@code ==} holds between one value and one literal, neither a list: the outcome {@link #compare}
     * reaches for them without its outcome objects; null where it finds them not comparable.
     */
    Boolean equalOrNull(Value lhs, Value rhs) {
        if (comparisons.unrelatedForEquality(lhs, rhs) != null) {
            return null;
        }
        try {
            return comparisons.equal(lhs, rhs);
        } catch (EvaluationException e) {
            if (e.kind() == EvaluationException.Kind.NOT_COMPARABLE) {
                return null;
            }
            throw aborted(e);
        }
    }

    private List<Outcome> everyPair(List<QueryResult> lhs, List<QueryResult> rhs,
                                    Comparisons.ValueComparator comparator) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Value> left = flattened(lhs, outcomes, null);
        List<Value> right = flattened(rhs, outcomes, left);
        for (Value l : left) {
            for (Value r : right) {
                outcomes.add(match(l, r, comparator));
            }
        }
        return outcomes;
    }

    private List<Outcome> equality(List<QueryResult> lhs, List<QueryResult> rhs) {
        Value rhsLiteral = literal(rhs);
        if (rhsLiteral != null && !(rhsLiteral instanceof Value.ListValue) && lhs.size() == 1
                && lhs.get(0) instanceof QueryResult.Resolved single && !(single.value() instanceof Value.ListValue)) {
            return List.of(match(single.value(), rhsLiteral, equal)); // the common case: one value, one literal
        }
        List<Outcome> outcomes = new ArrayList<>(lhs.size());
        Value lhsLiteral = literal(lhs);
        if (lhsLiteral != null && rhsLiteral != null) {
            outcomes.add(match(lhsLiteral, rhsLiteral, equal));
        } else if (lhsLiteral != null) {
            List<Value> right = selected(rhs, outcomes, List.of(lhsLiteral));
            if (lhsLiteral instanceof Value.ListValue) {
                for (Value r : right) {
                    outcomes.add(match(lhsLiteral, r, equal));
                }
            } else {
                for (Value r : right) {
                    if (r instanceof Value.ListValue list) {
                        for (Value element : list.elements()) {
                            outcomes.add(match(lhsLiteral, element, equal));
                        }
                    } else {
                        outcomes.add(match(lhsLiteral, r, equal));
                    }
                }
            }
        } else if (rhsLiteral != null) {
            List<Value> left = selected(lhs, outcomes, null);
            if (rhsLiteral instanceof Value.ListValue rhsList) {
                for (Value l : left) {
                    if (isScalar(l) && rhsList.elements().size() == 1) {
                        outcomes.add(match(l, rhsList.elements().get(0), equal));
                    } else {
                        outcomes.add(match(l, rhsLiteral, equal));
                    }
                }
            } else {
                for (Value l : left) {
                    if (l instanceof Value.ListValue list) {
                        for (Value element : list.elements()) {
                            outcomes.add(match(element, rhsLiteral, equal));
                        }
                    } else {
                        outcomes.add(match(l, rhsLiteral, equal));
                    }
                }
            }
        } else {
            List<Value> left = selected(lhs, outcomes, null);
            List<Value> right = selected(rhs, outcomes, left);
            List<Value> diff = new ArrayList<>();
            if (left.size() > right.size()) {
                for (Value l : left) {
                    if (!comparisons.contains(right, l)) {
                        diff.add(l);
                    }
                }
            } else {
                for (Value r : right) {
                    if (!comparisons.contains(left, r)) {
                        diff.add(r);
                    }
                }
            }
            Outcome.QueryIn in = new Outcome.QueryIn(diff, left, right);
            outcomes.add(diff.isEmpty() ? new Outcome.Success(in) : new Outcome.Fail(in));
        }
        return outcomes;
    }

    private List<Outcome> membership(List<QueryResult> lhs, List<QueryResult> rhs) {
        List<Outcome> outcomes = new ArrayList<>();
        Value lhsLiteral = literal(lhs);
        Value rhsLiteral = literal(rhs);
        if (lhsLiteral != null && rhsLiteral != null) {
            Outcome asSubstring = substringIn(lhsLiteral, rhsLiteral);
            outcomes.add(asSubstring instanceof Outcome.Success ? asSubstring : containedIn(lhsLiteral, rhsLiteral));
        } else if (lhsLiteral != null) {
            List<Value> right = selected(rhs, outcomes, List.of(lhsLiteral));
            if (right.stream().anyMatch(r -> r instanceof Value.ListValue)) {
                for (Value r : right) {
                    outcomes.add(containedIn(lhsLiteral, r));
                }
            } else if (lhsLiteral instanceof Value.ListValue lhsList) {
                List<Value> diff = new ArrayList<>();
                for (Value element : lhsList.elements()) {
                    if (!comparisons.contains(right, element)) {
                        diff.add(element);
                    }
                }
                Outcome.QueryIn in = new Outcome.QueryIn(diff, List.of(lhsLiteral), right);
                outcomes.add(diff.isEmpty() ? new Outcome.Success(in) : new Outcome.Fail(in));
            } else {
                for (Value r : right) {
                    outcomes.add(containedIn(lhsLiteral, r));
                }
            }
        } else if (rhsLiteral != null) {
            for (Value l : selected(lhs, outcomes, null)) {
                if (rhsLiteral instanceof Value.StringValue) {
                    if (l instanceof Value.ListValue list) {
                        for (Value element : list.elements()) {
                            outcomes.add(substringIn(element, rhsLiteral));
                        }
                    } else {
                        outcomes.add(substringIn(l, rhsLiteral));
                    }
                } else {
                    outcomes.add(containedIn(l, rhsLiteral));
                }
            }
        } else {
            List<Value> left = selected(lhs, outcomes, null);
            List<Value> right = selected(rhs, outcomes, left);
            List<Value> diff = new ArrayList<>();
            for (Value l : left) {
                boolean found = false;
                for (Value r : right) {
                    if (containedIn(l, r) instanceof Outcome.Success) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    diff.add(l);
                }
            }
            Outcome.QueryIn in = new Outcome.QueryIn(diff, left, right);
            outcomes.add(diff.isEmpty() ? new Outcome.Success(in) : new Outcome.Fail(in));
        }
        return outcomes;
    }

    /** {@code "abc" in "xabcx"}: membership of strings is substring containment. */
    private static Outcome substringIn(Value lhs, Value rhs) {
        if (lhs instanceof Value.StringValue l && rhs instanceof Value.StringValue r) {
            Outcome.ValuePair pair = new Outcome.ValuePair(lhs, rhs);
            return r.value().contains(l.value()) ? new Outcome.Success(pair) : new Outcome.Fail(pair);
        }
        return new Outcome.NotComparable("Type not comparable, " + ValueText.withPath(lhs) + ", "
                + ValueText.withPath(rhs), lhs, rhs);
    }

    private Outcome containedIn(Value lhs, Value rhs) {
        if (lhs instanceof Value.ListValue lhsList) {
            if (!(rhs instanceof Value.ListValue rhsList)) {
                return new Outcome.NotComparable("Can not compare type " + ValueText.withPath(lhs) + ", "
                        + ValueText.withPath(rhs), lhs, rhs);
            }
            List<Value> right = rhsList.elements();
            if (!right.isEmpty() && right.get(0) instanceof Value.ListValue) {
                return comparisons.contains(right, lhs)
                        ? new Outcome.Success(new Outcome.ListIn(List.of(), lhs, rhs))
                        : new Outcome.Fail(new Outcome.ListIn(List.of(lhs), lhs, rhs));
            }
            List<Value> diff = new ArrayList<>();
            for (Value element : lhsList.elements()) {
                if (!comparisons.contains(right, element)) {
                    diff.add(element);
                }
            }
            Outcome.ListIn in = new Outcome.ListIn(diff, lhs, rhs);
            return diff.isEmpty() ? new Outcome.Success(in) : new Outcome.Fail(in);
        }
        if (rhs instanceof Value.ListValue rhsList) {
            Outcome.ValueIn in = new Outcome.ValueIn(lhs, rhs);
            return comparisons.contains(rhsList.elements(), lhs) ? new Outcome.Success(in) : new Outcome.Fail(in);
        }
        return match(lhs, rhs, equal);
    }

    static boolean isScalar(Value value) {
        return !(value instanceof Value.ListValue) && !(value instanceof Value.MapValue);
    }
}
