package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.regex.RegexBudgetExceededException;
import dev.cfnguard.internal.regex.RegexCache;
import dev.cfnguard.internal.regex.RegexSyntaxException;
import dev.cfnguard.internal.regex.RustRegex;
import dev.cfnguard.internal.value.CodePointOrder;
import dev.cfnguard.internal.value.Value;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Value comparison as the reference defines it. Two notions of equality coexist there and both are
 * needed: {@link #equal} (the {@code ==} operator, which fails on values of different types) and
 * {@link #looselyEqual} (used for membership in lists, which answers false instead of failing).
 * Thread-safe when its {@link RegexCache} is.
 */
final class Comparisons {

    private final RegexCache regexes;
    private final Map<String, Map<String, String>> unrelatedTypes = new ConcurrentHashMap<>();

    Comparisons(RegexCache regexes) {
        this.regexes = regexes;
    }

    /** A comparison between two values that may find them not comparable. */
    @FunctionalInterface
    interface ValueComparator {
        boolean compare(Value lhs, Value rhs);
    }

    static EvaluationException notComparable(String reason) {
        return new EvaluationException(EvaluationException.Kind.NOT_COMPARABLE, reason);
    }

    /** Orders two scalars of the same type. */
    int order(Value first, Value other) {
        String unrelated = unrelatedForOrder(first, other);
        if (unrelated != null) {
            throw notComparable(unrelated);
        }
        if (first instanceof Value.IntValue a && other instanceof Value.IntValue b) {
            return Long.compare(a.value(), b.value());
        }
        if (first instanceof Value.StringValue a && other instanceof Value.StringValue b) {
            return CodePointOrder.INSTANCE.compare(a.value(), b.value());
        }
        if (first instanceof Value.FloatValue a && other instanceof Value.FloatValue b) {
            if (Double.isNaN(a.value()) || Double.isNaN(b.value())) {
                throw notComparable("Float values are not comparable");
            }
            return Double.compare(a.value() == 0 ? 0.0 : a.value(), b.value() == 0 ? 0.0 : b.value());
        }
        if (first instanceof Value.CharValue a && other instanceof Value.CharValue b) {
            return Character.compare(a.value(), b.value());
        }
        return 0; // both null
    }

    /** The kinds {@link #order} orders: scalars of one type (it still refuses NaN). */
    private static boolean sameScalarType(Value first, Value other) {
        return first instanceof Value.NullValue && other instanceof Value.NullValue
                || first instanceof Value.IntValue && other instanceof Value.IntValue
                || first instanceof Value.StringValue && other instanceof Value.StringValue
                || first instanceof Value.FloatValue && other instanceof Value.FloatValue
                || first instanceof Value.CharValue && other instanceof Value.CharValue;
    }

    /**
     * What {@link #equal} would throw as its reason for not comparing the two values themselves, found
     * without throwing (a thrown exception costs more than the comparison: the runtime searches the frames
     * for a handler); null when {@code equal} compares them, though it may still throw for values nested in
     * them. Mirrors {@code equal}'s cases, in its order.
     */
    String unrelatedForEquality(Value first, Value second) {
        boolean text = first instanceof Value.StringValue || first instanceof Value.RegexValue;
        if (text && (second instanceof Value.StringValue || second instanceof Value.RegexValue)
                || first instanceof Value.MapValue && second instanceof Value.MapValue
                || first instanceof Value.ListValue && second instanceof Value.ListValue
                || first instanceof Value.BoolValue && second instanceof Value.BoolValue
                || second instanceof Value.RangeValue range && isWithinKind(first, range)
                || sameScalarType(first, second)) {
            return null;
        }
        return unrelatedTypes(first.typeName(), second.typeName());
    }

    /** As {@link #unrelatedForEquality}, for the orderings ({@link #lessThan} and the others). */
    String unrelatedForOrder(Value first, Value second) {
        return sameScalarType(first, second) ? null : unrelatedTypes(first.typeName(), second.typeName());
    }

    /**
     * The message of comparing values of unrelated types, made once per pair of types: such comparisons
     * are common (a setting written as a string in one resource and as an intrinsic function's map in
     * another) and most end as a failed check that is never printed.
     */
    private String unrelatedTypes(String first, String other) {
        Map<String, String> byOther = unrelatedTypes.get(first);
        if (byOther == null) {
            byOther = unrelatedTypes.computeIfAbsent(first, type -> new ConcurrentHashMap<>());
        }
        String message = byOther.get(other);
        if (message == null) {
            message = "PathAwareValues are not comparable " + first + ", " + other;
            byOther.putIfAbsent(other, message);
        }
        return message;
    }

    /** The {@code ==} comparison; throws NOT_COMPARABLE for values of unrelated types. */
    boolean equal(Value first, Value second) {
        if (first instanceof Value.StringValue s && second instanceof Value.RegexValue r) {
            return matches(r.pattern(), s.value());
        }
        if (first instanceof Value.RegexValue r && second instanceof Value.StringValue s) {
            return matches(r.pattern(), s.value());
        }
        if (first instanceof Value.StringValue a && second instanceof Value.StringValue b) {
            return a.value().equals(b.value());
        }
        if (first instanceof Value.MapValue a && second instanceof Value.MapValue b) {
            if (a.entries().size() != b.entries().size()) {
                return false;
            }
            for (Map.Entry<String, Value> entry : a.entries().entrySet()) {
                Value other = b.entries().get(entry.getKey());
                if (other == null || !equal(entry.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (first instanceof Value.ListValue a && second instanceof Value.ListValue b) {
            List<Value> left = a.elements();
            List<Value> right = b.elements();
            if (left.size() != right.size()) {
                return false;
            }
            for (int i = 0; i < left.size(); i++) {
                if (!equal(left.get(i), right.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (first instanceof Value.BoolValue a && second instanceof Value.BoolValue b) {
            return a.value() == b.value();
        }
        if (first instanceof Value.RegexValue a && second instanceof Value.RegexValue b) {
            return a.pattern().equals(b.pattern());
        }
        if (second instanceof Value.RangeValue range && isWithinKind(first, range)) {
            return within(first, range);
        }
        return order(first, second) == 0;
    }

    /**
     * Equality that never fails: values of unrelated types are simply unequal, and a string equals a
     * regex it matches. Used for list membership and set differences.
     */
    boolean looselyEqual(Value first, Value second) {
        if (first instanceof Value.MapValue a && second instanceof Value.MapValue b) {
            if (a.entries().size() != b.entries().size()) {
                return false;
            }
            for (Map.Entry<String, Value> entry : a.entries().entrySet()) {
                Value other = b.entries().get(entry.getKey());
                if (other == null || !looselyEqual(entry.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (first instanceof Value.ListValue a && second instanceof Value.ListValue b) {
            List<Value> left = a.elements();
            List<Value> right = b.elements();
            if (left.size() != right.size()) {
                return false;
            }
            for (int i = 0; i < left.size(); i++) {
                if (!looselyEqual(left.get(i), right.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (first instanceof Value.BoolValue a && second instanceof Value.BoolValue b) {
            return a.value() == b.value();
        }
        if (first instanceof Value.StringValue s && second instanceof Value.RegexValue r) {
            return matchesOrFalse(r.pattern(), s.value());
        }
        if (first instanceof Value.RegexValue r && second instanceof Value.StringValue s) {
            return matchesOrFalse(r.pattern(), s.value());
        }
        if (first instanceof Value.RegexValue a && second instanceof Value.RegexValue b) {
            return a.pattern().equals(b.pattern());
        }
        if (second instanceof Value.RangeValue range && isWithinKind(first, range)) {
            return within(first, range);
        }
        if (!sameScalarType(first, second)) {
            return false;
        }
        try {
            return order(first, second) == 0;
        } catch (EvaluationException e) {
            return false; // NaN
        }
    }

    /** True when {@code list} holds an element {@link #looselyEqual} to {@code value}. */
    boolean contains(List<Value> list, Value value) {
        for (Value each : list) {
            if (looselyEqual(each, value)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(String pattern, String text) {
        return matches(regex(pattern), text);
    }

    /** The compiled pattern that {@link #equal} matches texts with; fails as {@code equal} does. */
    RustRegex regex(String pattern) {
        try {
            return regexes.get(pattern);
        } catch (RegexSyntaxException e) {
            throw new EvaluationException(EvaluationException.Kind.REGEX_ERROR, e.getMessage());
        }
    }

    /** {@link #equal} of a text and a pattern from {@link #regex}. */
    static boolean matches(RustRegex regex, String text) {
        try {
            return regex.find(text);
        } catch (RegexBudgetExceededException e) {
            throw regexGaveUp(e);
        }
    }

    private boolean matchesOrFalse(String pattern, String text) {
        try {
            return regexes.get(pattern).find(text);
        } catch (RegexSyntaxException e) {
            return false;
        } catch (RegexBudgetExceededException e) {
            // The reference unwraps the match result here, and crashes when its regex gives up.
            throw new EvaluationException(EvaluationException.Kind.PANIC,
                    "called `Result::unwrap()` on an `Err` value: " + e.getMessage());
        }
    }

    /** A regex search that gave up, as the reference reports its own (which gives up sooner). */
    static EvaluationException regexGaveUp(RegexBudgetExceededException e) {
        return new EvaluationException(EvaluationException.Kind.REGEX_ERROR,
                "Error executing regex: " + e.getMessage());
    }

    private static boolean isWithinKind(Value value, Value.RangeValue range) {
        return switch (range.kind()) {
            case INT -> value instanceof Value.IntValue;
            case FLOAT -> value instanceof Value.FloatValue;
            case CHAR -> value instanceof Value.CharValue;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean within(Value value, Value.RangeValue range) {
        Comparable subject = switch (range.kind()) {
            case INT -> ((Value.IntValue) value).value();
            case FLOAT -> ((Value.FloatValue) value).value();
            case CHAR -> ((Value.CharValue) value).value();
        };
        Comparable lower = (Comparable) range.lower();
        Comparable upper = (Comparable) range.upper();
        if (subject instanceof Double d && d.isNaN()) {
            return false;
        }
        int low = lower.compareTo(subject);
        int high = upper.compareTo(subject);
        boolean aboveLower = range.lowerInclusive() ? low <= 0 : low < 0;
        boolean belowUpper = range.upperInclusive() ? high >= 0 : high > 0;
        return aboveLower && belowUpper;
    }

    boolean lessThan(Value lhs, Value rhs) {
        return order(lhs, rhs) < 0;
    }

    boolean lessOrEqual(Value lhs, Value rhs) {
        return order(lhs, rhs) <= 0;
    }

    boolean greaterThan(Value lhs, Value rhs) {
        return order(lhs, rhs) > 0;
    }

    boolean greaterOrEqual(Value lhs, Value rhs) {
        return order(lhs, rhs) >= 0;
    }
}
