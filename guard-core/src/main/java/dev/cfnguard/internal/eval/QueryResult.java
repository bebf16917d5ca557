package dev.cfnguard.internal.eval;

import dev.cfnguard.internal.ast.QueryPart;
import dev.cfnguard.internal.value.Value;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

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
     * The query stopped at {@code traversedTo}. Most of these end in a check that passes or is skipped and
     * is never printed, so the texts are rendered only when asked for.
     */
    final class UnResolved implements QueryResult {
        private final Value traversedTo;
        private final List<QueryPart> query;
        private final int from;
        private final Supplier<String> reason;

        /**
         * @param query  the query, of which the parts from index {@code from} on could not be satisfied
         * @param reason renders the explanation (null when there is none)
         */
        UnResolved(Value traversedTo, List<QueryPart> query, int from, Supplier<String> reason) {
            this.traversedTo = traversedTo;
            this.query = query;
            this.from = from;
            this.reason = reason;
        }

        /** The last value the query reached. */
        public Value traversedTo() {
            return traversedTo;
        }

        /** The unsatisfied part of the query as the reference prints it. */
        public String remainingQuery() {
            return ClauseText.query(remaining());
        }

        private List<QueryPart> remaining() {
            return query.subList(from, query.size());
        }

        /** The explanation, or null when there is none. */
        public String reason() {
            return reason == null ? null : reason.get();
        }

        /** Equal when they stopped at equal values, for equal remainders and reasons. */
        @Override
        public boolean equals(Object other) {
            return other instanceof UnResolved that && traversedTo.equals(that.traversedTo)
                    && remaining().equals(that.remaining()) && Objects.equals(reason(), that.reason());
        }

        @Override
        public int hashCode() {
            return Objects.hash(traversedTo, remaining());
        }

        @Override
        public String toString() {
            return "UnResolved[" + traversedTo.path().pointer() + ", " + remainingQuery() + "]";
        }
    }

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
