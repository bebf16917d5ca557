package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.value.Value;
import java.util.List;

/** The result of comparing one pair (or group) of values in a binary clause. */
sealed interface Outcome {

    /** The left-hand query did not resolve. */
    record LhsUnresolved(QueryResult.UnResolved unresolved) implements Outcome {}

    /** The right-hand query did not resolve, for this left-hand value. */
    record RhsUnresolved(QueryResult.UnResolved unresolved, Value lhs) implements Outcome {}

    /** The two values cannot be compared (different types). */
    record NotComparable(String reason, Value lhs, Value rhs) implements Outcome {}

    record Success(Compared compared) implements Outcome {}

    record Fail(Compared compared) implements Outcome {}

    /** What was compared: two values, a value against a list, a list against a list, or whole queries. */
    sealed interface Compared {}

    record ValuePair(Value lhs, Value rhs) implements Compared {}

    record ValueIn(Value lhs, Value rhs) implements Compared {}

    record ListIn(List<Value> diff, Value lhs, Value rhs) implements Compared {}

    record QueryIn(List<Value> diff, List<Value> lhs, List<Value> rhs) implements Compared {}
}
