package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.Comparator;
import java.util.List;

/**
 * The outcome of one value check of a clause. Mirrors the reference's {@code ClauseCheck}; string fields
 * are null where the reference has {@code None}.
 */
public sealed interface ClauseCheck {

    /** The check passed. */
    record Success() implements ClauseCheck {}

    /** A failed binary comparison; {@code to} is null when the left side did not resolve. */
    record Comparison(Comparator comparison, QueryResult from, QueryResult to, String message,
                      String customMessage, Status status) implements ClauseCheck {}

    /** A failed {@code in} comparison against several values. */
    record InComparison(Comparator comparison, QueryResult from, List<QueryResult> to, String message,
                        String customMessage, Status status) implements ClauseCheck {
        public InComparison {
            to = List.copyOf(to);
        }
    }

    /** A failed unary check ({@code exists}, {@code empty}, {@code is_string}...). */
    record Unary(ValueCheck value, Comparator comparison) implements ClauseCheck {}

    /** {@code %var empty} failed because the query selected nothing; carries the custom message. */
    record NoValueForEmptyCheck(String customMessage) implements ClauseCheck {}

    /** A named-rule reference that did not pass. */
    record DependentRule(String rule, String message, String customMessage, Status status)
            implements ClauseCheck {}

    /** A block's query did not resolve for one of its values. */
    record MissingBlockValue(ValueCheck value) implements ClauseCheck {}

    /** The value a unary or block check looked at. */
    record ValueCheck(QueryResult from, String message, String customMessage, Status status) {}
}
