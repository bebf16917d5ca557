package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.value.Value;

/**
 * One value a query selected: a literal written in the rules, a value found in the document, or the
 * point where the query could not go further.
 */
public sealed interface QueryResult {

    /** A literal from the rules file (never a document node). */
    record Literal(Value value) implements QueryResult {}

    /** A value found in the document (or produced by a function from one). */
    record Resolved(Value value) implements QueryResult {}

    /**
     * The query stopped at {@code traversedTo}; {@code remainingQuery} is the unsatisfied part as the
     * reference prints it, {@code reason} the explanation (null when there is none).
     */
    record UnResolved(Value traversedTo, String remainingQuery, String reason) implements QueryResult {}

    /** The value for {@link Literal} and {@link Resolved}; null for {@link UnResolved}. */
    default Value resolvedValue() {
        if (this instanceof Literal literal) {
            return literal.value();
        }
        if (this instanceof Resolved resolved) {
            return resolved.value();
        }
        return null;
    }
}
